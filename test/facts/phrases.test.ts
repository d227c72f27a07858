import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { extractFacts } from '../../src/facts/index.js';
import { describeSchedule } from '../../src/facts/describe.js';
import { MANDATE_PHRASES } from '../../src/lang/mandate.js';
import { LANGUAGES, type UNDocument } from '../../src/model.js';
import { resolution } from './build.js';
import { expectSpansStateFacts, sliceOf } from './facts-assert.js';

/** The facts of a document, after checking that every fact's span states it. */
function checkedFacts(doc: UNDocument) {
  const facts = extractFacts(doc);
  expectSpansStateFacts(doc, facts);
  return facts;
}

/** Facts of a resolution built from its parts, after checking every span. */
function readFacts(parts: Parameters<typeof resolution>[0]) {
  const doc = resolution(parts);
  return { doc, facts: checkedFacts(doc) };
}

/** Each reporting obligation as paragraph, addressee and due dates. */
function dueBy(facts: ReturnType<typeof extractFacts>) {
  return facts.reporting.map((o) => [o.paragraph, o.by, o.due.join()]);
}

/** Facts of an English resolution adopted on `date`, after checking every span. */
function factsOf(paragraphs: Parameters<typeof resolution>[0]['paragraphs'], preamble: string[] = [], date: string | null = '2020-06-29') {
  return readFacts({ paragraphs, preamble, date });
}

describe('expiry', () => {
  it('reads the date after "until", also when the term is given as a length too', () => {
    const { facts } = factsOf(['Decides to extend the mandate of UNMISS for a period of twelve months, until 15 March 2021;']);
    expect(facts.expires).toBe('2021-03-15');
    expect(facts.sources.expires?.computed).toBeUndefined();
  });

  it('counts a term given only as a length from the adoption date, and says it is computed', () => {
    const { doc, facts } = factsOf(['Decides to extend the mandate of UNAMSIL for a further period of six months;'], [], '2005-01-31');
    expect(facts.expires).toBe('2005-07-31');
    expect(facts.sources.expires?.computed).toBe(true);
    expect(sliceOf(doc, facts.sources.expires!)).toBe('extend the mandate of UNAMSIL for a further period of six months');
  });

  it('counts a length from the date the term runs from, when one is given', () => {
    const { doc, facts } = factsOf(['Decides that the mandate of UNAMSIL shall be extended for a period of six months from 30 September 2001;'], [], '2001-09-18');
    expect(facts.expires).toBe('2002-03-30');
    expect(sliceOf(doc, facts.sources.expires!)).toMatch(/six months from 30 September 2001$/);
  });

  it('takes no date on or before the adoption for the end of a term: such a date is one the clause recalls', () => {
    const { facts } = factsOf(
      ['Decides to extend the mandate of UNMISS for a period of twelve months;', 'Affirms that the mandate of UNMISS has been renewed in response to the 2 December 2020 letter;'],
      [],
      '2020-12-04',
    );
    expect(facts.expires).toBe('2021-12-04');
    expect(facts.sources.expires?.computed).toBe(true);
  });

  it('reads a term whose length stands before its verb: "for a further period of 12 months from the date of this resolution to renew"', () => {
    const { doc, facts } = factsOf(['Decides that, for a further period of 12 months from the date of this resolution to renew the authorizations as set out in paragraph 14 of resolution 2500 (2019);'], [], '2020-12-04');
    expect(facts.expires).toBe('2021-12-04');
    expect(facts.sources.expires?.computed).toBe(true);
    expect(sliceOf(doc, facts.sources.expires!)).toBe('for a further period of 12 months from the date of this resolution to renew');
  });

  it('takes a length stated first over a date in a later clause', () => {
    const { facts } = factsOf(['Decides to extend the mandate of UNMISET for a period of 6 months, with a view to subsequently extending the mandate for a further and final period of 6 months, until 20 May 2005;'], [], '2004-05-14');
    expect(facts.expires).toBe('2004-11-14');
  });

  it('gives no expiry for a term set for someone else whose mandate the sentence also names', () => {
    const { facts } = factsOf(
      [
        'Decides that the United Nations Organization Mission in the Democratic Republic of the Congo (MONUC) shall continue to support the Government;',
        'Requests the Secretary-General to extend, for a period expiring on 30 November 2009, the Group of Experts and requests the Group of Experts to fulfil its mandate;',
      ],
      [],
      '2008-12-22',
    );
    expect(facts.mission?.acronym).toBe('MONUC');
    expect(facts.expires).toBeNull();
  });

  it('reads the term of a mission the resolution establishes, and names that mission', () => {
    const { facts } = factsOf(
      [
        'Decides to establish a United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) upon the adoption of this resolution and for an initial period of 12 months;',
        'Requests UNITAMS to cooperate with the mandate of UNAMID and with UNAMID;',
      ],
      [],
      '2020-06-03',
    );
    expect(facts.mission).toMatchObject({ acronym: 'UNITAMS', name: 'United Nations Integrated Transition Assistance Mission in Sudan' });
    expect(facts.hostCountry?.name).toBe('Sudan');
    expect(facts.expires).toBe('2021-06-03');
  });

  it('reads "its mandate … ending on" when the mission is named earlier in the sentence', () => {
    const { facts } = factsOf(['Expresses its full support for UNFICYP, and decides to extend its mandate for a further period ending on 31 January 2021;']);
    expect(facts.expires).toBe('2021-01-31');
  });

  it('does not take the term of something else for the mission’s', () => {
    const { facts } = factsOf([
      'Decides to extend the mandate of the Panel of Experts until 31 August 2021;',
      'Decides to extend the mandate of MINUSCA until 15 November 2021;',
    ]);
    expect(facts.mission?.acronym).toBe('MINUSCA');
    expect(facts.expires).toBe('2021-11-15');
  });
});

describe('Chapter VII and force', () => {
  it('reads Chapter VII in the preamble, and force authorised to the mission only', () => {
    const { facts } = factsOf(
      [
        'Authorizes French forces, within the limits of their capacities, to use all necessary means to intervene in support of elements of MINUSMA;',
        'Decides to extend the mandate of MINUSMA until 30 June 2021;',
      ],
      ['Acting under Chapter VII of the Charter of the United Nations,'],
    );
    expect(facts.chapterVII).toBe(true);
    expect(facts.forceAuthorized).toBe(false);
  });

  it('reads a passive grant: "MONUC is authorized to take the necessary action"', () => {
    const { doc, facts } = factsOf([
      'Decides to extend the mandate of MONUC until 30 June 2001;',
      'Decides that MONUC is authorized to take the necessary action, in the areas of deployment of its units, to protect civilians;',
    ]);
    expect(facts.forceAuthorized).toBe(true);
    expect(sliceOf(doc, facts.sources.forceAuthorized!)).toBe('MONUC is authorized to take the necessary action');
  });

  it('reads a grant to a pronoun that stands for the mission: "and authorizes it to use all necessary means"', () => {
    const { doc, facts } = factsOf([
      'Decides to extend the mandate of UNMISS until 15 March 2021, and authorizes it to use all necessary means to perform the following tasks:',
    ]);
    expect(facts.forceAuthorized).toBe(true);
    expect(sliceOf(doc, facts.sources.forceAuthorized!)).toBe('UNMISS until 15 March 2021, and authorizes it to use all necessary means');
  });

  it('falls back on the adoption record for Chapter VII', () => {
    const doc = resolution({ paragraphs: ['Decides to remain seized of the matter.'] });
    doc.adoption = { chapterVII: true };
    expect(extractFacts(doc)).toMatchObject({ chapterVII: true, sources: {} });
  });
});

describe('ceilings', () => {
  it.each([
    {
      reads: 'breakdowns and numbers in words',
      paragraphs: [
        'Decides that UNMIL will consist of up to 15,000 United Nations military personnel, including up to 250 military observers and 160 staff officers, and up to one thousand one hundred and fifteen civilian police officers;',
      ],
      expected: [['military', 15000], ['military-observers', 250], ['staff-officers', 160], ['police', 1115]],
    },
    {
      // every number of the increase clause adds personnel, the breakdown too
      reads: 'ceilings named by their component, and ignores increases',
      paragraphs: [
        'Decides to maintain the overall force levels of UNMISS with a troop ceiling of 17,000 personnel and a police ceiling of 2,101 personnel;',
        'Authorizes an increase of up to 2,000 additional military personnel and 345 individual police officers and 1 575 formed police personnel;',
      ],
      expected: [['military', 17000], ['police', 2101]],
    },
    {
      reads: 'no ceiling in a clause that adds personnel or moves them in for a while, unless it gives the level reached',
      paragraphs: [
        'Authorizes an increase in the strength of UNOCI of up to 1,500 additional personnel, including a maximum of 1,025 military personnel and 475 civilian police personnel;',
        'Authorizes the Secretary-General to redeploy temporarily a maximum of one infantry battalion and 50 military observers from ONUB to MONUC;',
        'Authorizes an increase in the police component of up to a ceiling of 725 civilian police personnel, and an increase in the force strength of UNIFIL to a maximum of 15,000 troops;',
      ],
      expected: [['police', 725], ['military', 15000]],
    },
    {
      reads: 'a component named before its number: "a police component of up to 1,951 officers"',
      paragraphs: ['Decides that MINUSTAH will consist of a military component of up to 7,200 troops of all ranks and of a police component of up to 1,951 officers;'],
      expected: [['military', 7200], ['police', 1951]],
    },
    {
      reads: 'a component\'s strength "at" a number, and a reduction "from the level of" a number as no ceiling',
      paragraphs: [
        'Endorses the recommendation to implement the third stage of the drawdown, leaving UNMIL’s military strength at 8,202 personnel, including 7,952 troops in Liberia;',
        'Decides that the military component shall be reduced from the December 2004 level of 5,000 troops by 28 February 2005 to a new ceiling of 3,250 troops, 141 military observers and 80 civilian police personnel;',
      ],
      expected: [['military', 8202], ['military-observers', 141], ['police', 80]],
    },
    {
      reads: 'a ceiling changed "from … to …" as the number it is changed to, and "and up to" as no change',
      paragraphs: [
        'Decides to authorize the reduction of the troop ceiling from 15,000 troops to 13,000 troops;',
        'Decides that UNMIS shall comprise up to 3,300 civilian police personnel and up to 16 Formed Police Units;',
      ],
      expected: [['military', 13000], ['police', 3300]],
    },
  ])('reads $reads', ({ paragraphs, expected }) => {
    const { facts } = factsOf(paragraphs);
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual(expected);
  });
});

describe('ceilings as recent UN XML prints them', () => {
  it('reads capitalised personnel nouns and "13, 000"', () => {
    const { facts } = factsOf([
      'Decides that MINUSCA shall continue to comprise up to 11,650 military personnel, including 480 Military Observers and Military Staff Officers, and 2,080 police personnel, including 400 Individual Police Officers and 1,680 formed police unit personnel;',
      'Decides to authorize the reduction of the troop-ceiling from 15, 000 authorized troops to 13, 000 troops;',
    ]);
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([
      ['military', 11650],
      ['military-observers', 480],
      ['police', 2080],
      ['individual-police', 400],
      ['formed-police', 1680],
    ]);
  });
});

/** The tasks of a resolution (English unless said), as paragraph and text, after checking every span. */
function tasksOf(paragraphs: Parameters<typeof factsOf>[0], language: UNDocument['language'] = 'en') {
  return readFacts({ language, paragraphs }).facts.tasks.map((t) => [t.paragraph, t.text]);
}

describe('tasks', () => {
  it('reads the items of a task list at every depth, priority or other, and tasks given to the mission elsewhere', () => {
    const { facts } = factsOf([
      'Decides to extend the mandate of MINUSMA until 30 June 2021;',
      {
        text: 'Decides that MINUSMA’s mandate shall include the following priority tasks:',
        items: [
          { num: '(a)', title: 'Protection of civilians', text: '', items: [{ num: '(i)', text: 'To protect civilians under threat;' }] },
          { num: '(b)', text: 'To support the elections;' },
        ],
      },
      { text: 'Further authorizes MINUSMA to use its existing capacities to assist in implementing the following tasks:', items: [{ num: '(a)', text: 'To support cultural preservation;' }] },
      'Requests MINUSMA to consider the environmental impacts of its operations;',
      'Urges the Government of Mali to accelerate the reforms;',
    ]);
    expect(facts.tasks.map((t) => [t.paragraph, t.priority, t.title ?? t.text])).toEqual([
      ['op2.a', 'priority', 'Protection of civilians'],
      ['op2.a.i', 'priority', 'To protect civilians under threat;'],
      ['op2.b', 'priority', 'To support the elections;'],
      ['op3.a', 'other', 'To support cultural preservation;'],
      ['op4', 'other', 'consider the environmental impacts of its operations'],
    ]);
  });

  it.each([
    {
      reads: 'the mission as the party tasked, not as a complement of someone or something else',
      paragraphs: [
        'Decides to extend the mandate of UNMEE until 15 March 2003;',
        'Encourages the guarantors, facilitators and witnesses of the Algiers Agreements and the Friends of UNMEE to intensify their contacts;',
        'Authorizes the expansion of UNMEE to consist of up to 4,200 military personnel;',
        'Decides that the schedule for the downsizing of the military component of UNMEE will be adjusted;',
        'Urges both parties with the assistance of UNMEE to engage in implementing these measures;',
        'Decides that the mandate of UNMEE shall include assistance to the Boundary Commission;',
      ],
      tasks: [
        ['op5', 'engage in implementing these measures'],
        ['op6', 'that the mandate of UNMEE shall include assistance to the Boundary Commission'],
      ],
    },
    {
      reads: 'no task of its own in an authorization of force to carry out the mandate',
      paragraphs: [
        'Decides to extend the mandate of UNOCI until 15 December 2005;',
        'Authorizes UNOCI to use all necessary means to carry out its mandate, within its capabilities and its areas of deployment;',
        'Authorizes UNOCI to use all necessary means to carry out its mandate and to protect civilians under imminent threat;',
      ],
      tasks: [['op3', 'use all necessary means to carry out its mandate and to protect civilians under imminent threat']],
    },
    {
      // the mission named in the addressee ("the Government, assisted by UNMIL,") gives the action, as for the mission itself
      reads: 'a request to another party to act with the mission\'s help as a task of the mission too',
      paragraphs: [
        'Decides to extend the mandate of UNMIL until 30 September 2009;',
        'Calls upon the Government of Liberia, in close coordination with UNMIL, to take the necessary steps towards the benchmarks;',
        'Urges the Government, with the support of the international community and of UNMIL, to develop a security sector reform strategy;',
        'Encourages the continued support of UNMIL, within its capabilities, for the voluntary return of refugees;',
        'Calls upon the Government, assisted by UNMIL, to continue working on a review of the security sector;',
        'Requests the Secretary-General to identify ways in liaison with the African Union to utilize UNMIL assets;',
        'Urges Member States to provide support to the Government of Liberia;',
      ],
      tasks: [
        ['op5', 'continue working on a review of the security sector'],
        ['op2', 'the Government of Liberia, in close coordination with UNMIL, to take the necessary steps towards the benchmarks'],
        ['op3', 'the Government, with the support of the international community and of UNMIL, to develop a security sector reform strategy'],
        ['op4', 'the continued support of UNMIL, within its capabilities, for the voluntary return of refugees'],
      ],
    },
    {
      reads: 'tasks given to the Special Representative who heads the mission, not to the Secretary-General through him',
      paragraphs: [
        'Decides to extend the mandate of MONUC until 31 May 2010;',
        'Requests the Special Representative of the Secretary-General to identify women’s protection advisers among MONUC’s gender advisers;',
        'Requests the Secretary-General through his Special Representative to continue to report periodically to the Council;',
      ],
      tasks: [['op2', 'identify women’s protection advisers among MONUC’s gender advisers']],
    },
    {
      reads: 'the variants of the verbs that task the mission: "calls also upon", "Calls for … to"',
      paragraphs: [
        'Decides to extend the mandate of UNOCI until 31 January 2010;',
        'Calls upon all States to implement the measures and calls also upon UNOCI to bring its full support to their implementation;',
        'Calls for UNOCI to support reconciliation in all its aspects;',
      ],
      tasks: [
        ['op2', 'bring its full support to their implementation'],
        ['op3', 'support reconciliation in all its aspects'],
      ],
    },
    {
      reads: 'a decision whose subject is the mission past asides, and the decisions an "Acting under Chapter VII" paragraph leads into',
      paragraphs: [
        'Decides to extend the mandate of UNMIS until 30 April 2010;',
        'Decides that, further to paragraph 8 of resolution 1270 (1999), in order to facilitate the elections, UNMIS shall undertake election-related tasks;',
        'Decides that UNMIS, consistent with its existing mandate to assist with the rule of law, will provide advice to address prolonged pre-trial detention;',
        {
          text: 'Acting under Chapter VII of the Charter of the United Nations,',
          items: [
            { num: '(i)', text: 'Decides that UNMIS is authorized to take the necessary action to protect civilians under imminent threat;' },
            { num: '(ii)', text: 'Requests that the Secretary-General conclude a status-of-forces agreement;' },
          ],
        },
      ],
      tasks: [
        ['op2', 'that, further to paragraph 8 of resolution 1270 (1999), in order to facilitate the elections, UNMIS shall undertake election-related tasks'],
        ['op3', 'that UNMIS, consistent with its existing mandate to assist with the rule of law, will provide advice to address prolonged pre-trial detention'],
        ['op4.i', 'that UNMIS is authorized to take the necessary action to protect civilians under imminent threat'],
      ],
    },
    {
      reads: '"with a mandate to:" and a mandate adjusted "to include:" as task lists, and "Urgently requests", "Reiterates its call upon"',
      paragraphs: [
        { text: 'Authorizes the deployment within UNMEE of up to 4,200 troops until 15 March 2001, with a mandate to:', items: [{ num: '(a)', text: 'Monitor the cessation of hostilities;' }] },
        {
          text: 'Decides to adjust the mandate of UNMEE, in order to assist the Boundary Commission in the implementation of its Delimitation Decision, to include with immediate effect:',
          items: [{ num: '(a)', text: 'Demining in key areas to support demarcation;' }],
        },
        'Urgently requests the Government to develop in close coordination with UNMEE a plan to ensure security;',
        'Reiterates its call upon the authorities, with the support of UNMEE, to establish an effective vetting mechanism;',
      ],
      tasks: [
        ['op1.a', 'Monitor the cessation of hostilities;'],
        ['op2.a', 'Demining in key areas to support demarcation;'],
        ['op3', 'the Government to develop in close coordination with UNMEE a plan to ensure security'],
        ['op4', 'the authorities, with the support of UNMEE, to establish an effective vetting mechanism'],
      ],
    },
    {
      reads: 'no task in how the mission is made up, nor in a request to consult the Special Representative for the mission\'s help',
      paragraphs: [
        'Decides to extend the mandate of UNMIT until 26 February 2010;',
        'Decides that UNMIT will be headed by a Special Representative of the Secretary-General, who will direct its operations;',
        'Requests the Special Envoy to intensify his good offices, in close consultation with the Special Representative of the Secretary-General;',
        'Decides that UNMIT shall monitor the movement of arms;',
      ],
      tasks: [['op4', 'that UNMIT shall monitor the movement of arms']],
    },
  ] satisfies { reads: string; paragraphs: Parameters<typeof factsOf>[0]; tasks: string[][] }[])('reads $reads', ({ paragraphs, tasks }) => {
    expect(tasksOf(paragraphs)).toEqual(tasks);
  });
});

describe('requests', () => {
  it('splits a paragraph into its request clauses, cuts asides out of the addressee, and reads "that"-clauses', () => {
    const { facts } = factsOf([
      'Calls upon Member States, especially those in the region, to ensure the free movement of personnel, welcomes the contributions of partners, and requests the Secretary-General, seeking perspectives from all relevant parties, to take all necessary measures to facilitate the logistical supply;',
      'Demands that all armed groups put aside their arms;',
    ]);
    expect(facts.requests.map((r) => [r.paragraph, r.verb, r.addressee, r.action])).toEqual([
      ['op1', 'Calls upon', 'Member States', 'ensure the free movement of personnel'],
      ['op1', 'Requests', 'the Secretary-General', 'take all necessary measures to facilitate the logistical supply'],
      ['op2', 'Demands', 'all armed groups', 'put aside their arms'],
    ]);
  });

  it('does not take a prepositional "to" for the start of the action', () => {
    const { facts } = factsOf(['Encourages the panel of experts established pursuant to resolution 2374 (2017) to identify parties responsible;']);
    expect(facts.requests[0]).toMatchObject({ addressee: 'the panel of experts established pursuant to resolution 2374 (2017)', action: 'identify parties responsible' });
  });

  it('reads a verb followed by an adverbial set off by commas, before an addressee or a "that"-clause', () => {
    const { facts } = factsOf([
      'Urges, in particular, the Governments of the Democratic Republic of the Congo and Rwanda to work together;',
      'Requests, in this connection, that the Secretary-General send a team of experts to Sierra Leone;',
    ]);
    expect(facts.requests.map((r) => [r.verb, r.addressee, r.action])).toEqual([
      ['Urges', 'the Governments of the Democratic Republic of the Congo and Rwanda', 'work together'],
      ['Requests', 'the Secretary-General', 'send a team of experts to Sierra Leone'],
    ]);
  });
});

describe('reporting calendar', () => {
  it('reads each action of a request that has dates of its own: an interim report, a final report, updates', () => {
    const { facts } = factsOf(
      [
        'Requests the Panel of Experts to provide to the Committee an interim report no later than 12 August 2020, and provide to the Council, after discussion with the Committee, a final report by 13 January 2021, and further requests the Panel to provide updates every three months to the Committee;',
        'Requests the Group of Experts to provide a mid-term report no later than 30 December 2020, as well as submit monthly updates to the Committee;',
      ],
      [],
      '2020-02-11',
    );
    expect(facts.reporting.map((o) => [o.paragraph, o.what, o.due[0]])).toEqual([
      ['op1', 'report', '2020-08-12'],
      ['op1', 'report', '2021-01-13'],
      ['op1', 'updates', '2020-05-11'],
      ['op2', 'report', '2020-12-30'],
      ['op2', 'monthly updates', '2020-03-11'],
    ]);
  });

  // Each case: the paragraphs of a resolution adopted on `date`, and per obligation its paragraph, schedule and first due date.
  it.each([
    {
      reads: '"sixty (60) days", a report named by its date ("in his 15 February 2009 report"), and "into his next report"',
      date: '2008-09-29',
      paragraphs: [
        'requests the Secretary-General to report back to the Security Council within sixty (60) days of adoption of this resolution on progress made;',
        'Requests the Secretary-General to include in his 15 February 2009 report a comprehensive assessment of the progress made;',
        'Requests the Secretary-General to report to the Council every three months;',
        'Requests the Secretary-General to include detailed information on developments in the Kodori Valley into his next report;',
      ],
      expected: [['op1', 'relative', '2008-11-28'], ['op2', 'fixed', '2009-02-15'], ['op3', 'periodic', '2008-12-29'], ['op4', 'aligned', '2008-12-29']],
    },
    {
      reads: '"at least once a month", a report "due on" a date, and "in the same reports" as the reports just asked for',
      date: '2002-07-14',
      paragraphs: [
        'Requests the Secretary-General to report to the Council every three months on the situation;',
        'Requests the Secretary-General to provide in the same reports an assessment of further measures;',
        'requests also the Team to report at least once a month to the Committee;',
        'Requests the Secretary-General to submit a special report due on 31 October 2002 on the elections;',
      ],
      expected: [['op1', 'periodic', '2002-10-14'], ['op2', 'aligned', '2002-10-14'], ['op3', 'periodic', '2002-08-14'], ['op4', 'fixed', '2002-10-31']],
    },
  ])('reads $reads', ({ date, paragraphs, expected }) => {
    const { facts } = factsOf(paragraphs, [], date);
    expect(facts.reporting.map((o) => [o.paragraph, o.schedule.type, o.due[0]])).toEqual(expected);
  });

  it('reads a time stated between the addressee and the action: "requests the Secretary-General within 60 days … to report"', () => {
    const { facts } = factsOf([
      'requests the Secretary-General within 60 days from the adoption of this resolution to report on progress with this work;',
      'Requests the Secretary-General, in his special report due on 31 October 2008, to include an assessment of the security situation;',
    ], [], '2008-05-15');
    expect(facts.reporting.map((o) => [o.paragraph, o.by, o.schedule.type, o.due])).toEqual([
      ['op1', 'the Secretary-General', 'relative', ['2008-07-14']],
      ['op2', 'the Secretary-General', 'fixed', ['2008-10-31']],
    ]);
  });

  it('keeps a report requested with no time as unscheduled, but not what others are urged or encouraged to report', () => {
    const { facts } = factsOf([
      'Requests the Secretary-General to report to the Council on this matter;',
      'further requests the Secretary-General to submit a report on possible measures the Mission could take;',
      'Requests the Secretary-General to continue consultations with the Government of Lebanon and to report to the Security Council thereon;',
      'Requests the parties to continue to report at least bimonthly to the Secretary-General;',
      'Urges all States to report to the Committee on the steps they have taken;',
      'Encourages the Government to report on its plans for the elections;',
    ], [], '2002-01-15');
    expect(facts.reporting.map((o) => [o.paragraph, o.schedule.type, o.due.length])).toEqual([
      ['op1', 'unscheduled', 0],
      ['op2', 'unscheduled', 0],
      ['op3', 'unscheduled', 0],
      ['op4', 'periodic', 6],
    ]);
  });

  it('reads "within a week" and "within a month" as one week and one month', () => {
    const { facts } = factsOf(['Requests the Secretary-General to report to the Security Council within a week of the adoption of this resolution on the situation on the ground, and to report on the elections within a month;'], [], '2000-09-08');
    expect(facts.reporting.map((o) => o.due)).toEqual([['2000-09-15'], ['2000-10-08']]);
  });

  it('reads a report owed "immediately" or "without delay" on any incident as reporting on an occasion', () => {
    const { facts } = factsOf([
      'Requests the Secretary-General to report without delay any failure to comply with these demands;',
      'Requests the Secretary-General to report to it immediately, through the Committee, any serious obstacle to the freedom of movement of UNOCI;',
    ]);
    expect(facts.reporting.map((o) => [o.schedule, o.due])).toEqual([
      [{ type: 'event', condition: 'any failure to comply with these demands' }, []],
      [{ type: 'event', condition: 'any serious obstacle to the freedom of movement of UNOCI' }, []],
    ]);
  });

  it('reads a report due when the mandate ends: "before the end of the present mandate", "at the end of this period"', () => {
    const { doc, facts } = factsOf(
      [
        'Decides to renew the mandate of UNDOF for a period of six months, that is, until 30 June 2003;',
        'Requests the Secretary-General to submit, at the end of this period, a report on developments in the situation;',
        'Requests the Secretary-General to provide an assessment of the situation before the end of the present mandate;',
      ],
      [],
      '2002-12-17',
    );
    expect(facts.reporting.map((o) => [o.paragraph, o.due, o.source.computed])).toEqual([
      ['op2', ['2003-06-30'], true],
      ['op3', ['2003-06-30'], true],
    ]);
    expect(sliceOf(doc, facts.reporting[1].source)).toMatch(/before the end of the present mandate$/);
  });

  it('reads hyphenated periods whole: "bi-monthly", "three-monthly", "six-monthly" are not "monthly"', () => {
    const { facts } = factsOf(
      [
        'Requests the parties to continue to report at least bi-monthly to the Secretary-General;',
        'Requests the Secretary-General to submit three-monthly reports on the situation;',
        'Reiterates its request to the Mechanism to include in its six-monthly reports to the Council information on progress;',
      ],
      [],
      '2001-07-11',
    );
    expect(facts.reporting.map((o) => o.schedule)).toMatchObject([
      { type: 'periodic', every: { months: 2 } },
      { type: 'periodic', every: { months: 3 } },
      { type: 'aligned' },
    ]);
  });

  it('counts "within 18 months of the date of this resolution" from the adoption', () => {
    const { facts } = factsOf(['Requests the Secretary-General to submit his next report on the protection of civilians within 18 months of the date of this resolution;'], [], '2006-04-28');
    expect(facts.reporting).toMatchObject([{ schedule: { type: 'relative', within: { months: 18 } }, due: ['2007-10-28'] }]);
  });

  it('reads a decision that binds a Panel to report, and reports listed one after another with their dates', () => {
    const { facts } = factsOf(
      [
        'Decides that the Panel shall provide to the Council an interim report on its work no later than 15 September 2020, and a final report to the Council, after discussion with the Committee, no later than 15 March 2021;',
        'Requests the Panel of Experts to provide to the Council a midterm report no later than 28 February 2021, a final report no later than 15 August 2021, and periodic updates in between, as appropriate;',
        'Decides that the revitalized Committee will consist of the Plenary and conduct a comprehensive review by 31 December 2005;',
      ],
      [],
      '2020-02-12',
    );
    expect(dueBy(facts)).toEqual([
      ['op1', 'the Panel', '2020-09-15'],
      ['op1', 'the Panel', '2021-03-15'],
      ['op2', 'the Panel of Experts', '2021-02-28'],
      ['op2', 'the Panel of Experts', '2021-08-15'],
    ]);
  });

  it('reads a due date written with an article: "no later than the 31 July 2021"', () => {
    const { facts } = factsOf(['Requests the Secretary-General to provide the Security Council with an update, no later than the 31 July 2021 on any further developments;'], [], '2020-11-12');
    expect(facts.reporting).toMatchObject([{ schedule: { type: 'fixed', date: '2021-07-31' }, due: ['2021-07-31'] }]);
  });

  it('counts periodic, relative, fixed and "thereafter" schedules from the adoption date', () => {
    const { facts } = factsOf(
      [
        'Decides to extend the mandate of UNMIL until 30 September 2010;',
        'Requests the Secretary-General to report to the Council on a quarterly basis;',
        'Requests the Secretary-General to submit within 30 days of the adoption of this resolution an assessment of the situation;',
        'Further requests the Secretary-General to provide by 15 August 2010 a report on the issues addressed in paragraph 2, and no later than 1 March 2010 a report on benchmarks;',
        'Requests the Secretary-General to brief the Council by 31 December 2009 and every two months thereafter;',
      ],
      [],
      '2009-09-15',
    );
    const [quarterly, assessment, fixed, briefing] = facts.reporting;
    expect(quarterly).toMatchObject({ paragraph: 'op2', what: 'report', due: ['2009-12-15', '2010-03-15', '2010-06-15', '2010-09-15'] });
    expect(assessment).toMatchObject({ what: 'an assessment', schedule: { type: 'relative', within: { days: 30 }, from: '2009-09-15' }, due: ['2009-10-15'] });
    expect(fixed).toMatchObject({ schedule: { type: 'fixed', date: '2010-08-15' }, due: ['2010-08-15'] });
    expect(briefing).toMatchObject({ what: 'briefing', due: ['2009-12-31', '2010-02-28', '2010-04-30', '2010-06-30', '2010-08-31'] });
  });

  it('counts "within N days" from the adoption, said or unsaid, but not a term that runs from something else', () => {
    const { facts } = factsOf(
      [
        'Requests the Secretary-General to report to the Council within 30 days on options for reinforcing the effort;',
        'Requests all States to report to the Committee within 90 days from the date of the adoption of this resolution on the steps taken;',
        'Requests the Chairman to forward the report of the Panel, within two weeks of its reception, to the Council;',
        'Requests the Secretary-General to submit recommendations within 60 days after the elections;',
      ],
      [],
      '2005-03-24',
    );
    expect(facts.reporting.filter((r) => r.schedule.type === 'relative').map((r) => [r.paragraph, r.due])).toEqual([
      ['op1', ['2005-04-23']],
      ['op2', ['2005-06-22']],
    ]);
  });

  it('reads "Request" printed without its "s", "Requires", and an update of the Committee and a report each with its date', () => {
    const { facts } = factsOf(
      [
        'Request the Secretary-General and the Chairperson of the African Union Commission to provide the Security Council with a Special Report no later than 31 October 2020;',
        'Requests the Group of Experts to continue fulfilling its mandate, to update the Committee on its work by 10 November 2020, and to report to the Council in writing, through the Committee, before 10 January 2021;',
        'Requires any Member State to submit an initial written report by 1 December 2020;',
      ],
      [],
      '2020-06-03',
    );
    expect(dueBy(facts)).toEqual([
      ['op1', 'the Secretary-General and the Chairperson of the African Union Commission', '2020-10-31'],
      ['op2', 'the Group of Experts', '2020-11-10'],
      ['op2', 'the Group of Experts', '2021-01-10'],
      ['op3', 'any Member State', '2020-12-01'],
    ]);
  });

  it('reads "that" after an aside, and a request of a thing made to the addressee of the request before it', () => {
    const { facts } = factsOf(
      ['Requests the Panel of Experts to provide to the Committee no later than 3 August 2020 a midterm report on its work, and further requests that, after a discussion with the Committee, the Panel of Experts submit to the Council its midterm report by 4 September 2020, and requests also a final report to the Committee no later than 5 February 2021 with its findings;'],
      [],
      '2020-03-30',
    );
    expect(facts.reporting.map((o) => [o.by, o.due.join()])).toEqual([
      ['the Panel of Experts', '2020-08-03'],
      ['the Panel of Experts', '2020-09-04'],
      ['the Panel of Experts', '2021-02-05'],
    ]);
  });

  it('reads a structure provided to the Council within days of the adoption as a deliverable', () => {
    const { facts } = factsOf(['Requests the Secretary-General to provide the Security Council, for its information, with a suggested structure and geographical deployment, within 60 days of the adoption of this resolution;'], [], '2020-06-03');
    expect(facts.reporting).toMatchObject([{ schedule: { type: 'relative', within: { days: 60 } }, due: ['2020-08-02'] }]);
  });

  it('leaves "to" out of the addressee of "Reiterates its request to the Mechanism to …"', () => {
    const { facts } = factsOf(['Reiterates its request to the Mechanism to include in its six-monthly reports to the Council information on progress;']);
    expect(facts.requests.map((r) => r.addressee)).toEqual(['the Mechanism']);
  });

  it('reads updates "each month" after a list of reports, "except in months when these reports are due"', () => {
    const { facts } = factsOf(
      ['Decides that the Panel of Experts should provide to the Council an interim report by 1 December 2020, a final report by 1 May 2021, and except in months when these reports are due, updates each month;'],
      [],
      '2020-05-29',
    );
    expect(facts.reporting.map((o) => [o.what, o.due[0], o.due.length])).toEqual([
      ['report', '2020-12-01', 1],
      ['report', '2021-05-01', 1],
      ['report', '2020-06-29', 12],
    ]);
  });

  it('counts "within 30 days" after a condition from that event, adds a period "thereafter", and takes no date before the adoption for a due date', () => {
    const { facts } = factsOf(
      [
        'Requires any Member State when it undertakes an inspection, to submit promptly an initial written report to the Committee, and, if prohibited items for supply, sale, or transfer are found, further requires such Member States to submit to the Committee within 30 days a subsequent written report;',
        'Requests the Secretary-General, when appropriate, to report to the Council within 90 days;',
        'Requests the IAEA to resume inspections no later than 45 days following adoption of this resolution and to update the Council 60 days thereafter;',
        'Urges the parties to identify those responsible for the shooting down of a helicopter on 8 October 2001, and to inform the Special Representative on the steps taken;',
      ],
      [],
      '2002-11-08',
    );
    expect(facts.reporting.map((o) => [o.paragraph, o.by, o.schedule.type, o.due.join()])).toEqual([
      ['op1', 'any Member State when it undertakes an inspection', 'event', ''],
      ['op1', 'such Member States', 'event', ''],
      ['op2', 'the Secretary-General', 'relative', '2003-02-06'],
      ['op3', 'the IAEA', 'relative', '2003-02-21'],
    ]);
    expect(facts.reporting[1].schedule).toEqual({ type: 'event', condition: 'prohibited items for supply, sale, or transfer are found' });
  });

  it('reads a request made with "that", a period stated beside "in his reports", and a month due at its end', () => {
    const { facts } = factsOf(
      [
        'Decides to extend the mandate of UNAMA until 17 September 2021;',
        'Requests that the Secretary-General reports to the Council every three months on developments, and to include in his reports an evaluation of progress;',
        'Requests the Secretary-General to report to the Security Council by the end of February 2021 on the feasibility of alternative modalities;',
      ],
      [],
      '2020-09-15',
    );
    const [quarterly, byMonth] = facts.reporting;
    expect(quarterly).toMatchObject({ paragraph: 'op2', by: 'the Secretary-General', schedule: { type: 'periodic' }, due: ['2020-12-15', '2021-03-15', '2021-06-15', '2021-09-15'] });
    expect(byMonth).toMatchObject({ paragraph: 'op3', schedule: { type: 'fixed', date: '2021-02-28' }, due: ['2021-02-28'], source: { computed: true } });
  });

  it('aligns "in his regular reports" with the addressee’s periodic reports, and reads events', () => {
    const { facts } = factsOf([
      'Requests the Secretary-General to include in his regular reports information on the protection of civilians;',
      'Requests the Secretary-General to report to the Security Council every six months after the adoption of this resolution;',
      'Requests the Secretary-General to keep the Council informed of any violation of the ceasefire;',
    ]);
    expect(facts.reporting[0]).toMatchObject({ schedule: { type: 'aligned', with: 'op2' }, due: ['2020-12-29', '2021-06-29'] });
    expect(facts.reporting[2]).toMatchObject({ what: 'information', schedule: { type: 'event', condition: 'of any violation of the ceasefire' }, due: [] });
  });

  it('reads lists of dates, dates counted back from the expiry, and events stated with "should" or "when"', () => {
    const { doc, facts } = factsOf([
      'Decides to extend the mandate of UNMHA until 15 July 2021;',
      'Requests the Secretary-General to report to the Council on 15 February 2021, 15 June 2021 and 11 October 2021;',
      'Requests the Secretary-General to present to the Council a further review of UNMHA, at least one month before UNMHA’s mandate is due to expire;',
      'Requests the Secretary-General to immediately inform the Security Council should UNMHA fail to do so;',
      'Requests the Secretary-General to report to the Council, within a reasonable timeframe, when such incidents occur;',
      'Requests the Secretary-General to inform the Security Council’s deliberation on this matter;',
    ]);
    expect(facts.reporting.map((r) => [r.paragraph, r.what, r.schedule.type, r.due])).toEqual([
      ['op2', 'report', 'fixed', ['2021-02-15', '2021-06-15', '2021-10-11']],
      ['op3', 'a further review', 'fixed', ['2021-06-15']],
      ['op4', 'information', 'event', []],
      ['op5', 'information', 'event', []],
    ]);
    expect(facts.reporting[1].source.computed).toBe(true);
    expect(facts.reporting[2].schedule).toEqual({ type: 'event', condition: 'should UNMHA fail to do so' });
    expect(sliceOf(doc, facts.reporting[3].source)).toMatch(/^Requests the Secretary-General to report/);
  });

  it('leaves due dates out when there is no adoption date, and says so', () => {
    const { facts } = factsOf(['Requests the Secretary-General to report every three months;'], [], null);
    expect(facts.reporting[0].due).toEqual([]);
    expect(facts.warnings?.some((w) => /adoption date/.test(w))).toBe(true);
    expect(describeSchedule(facts.reporting[0].schedule)).toBe('every 3 months from the adoption');
  });
});

describe('input', () => {
  it('refuses documents that are not resolutions with one clear line', () => {
    const doc = { ...resolution({ paragraphs: [] }), kind: 'sg-report' as const };
    expect(() => extractFacts(doc)).toThrow(InputError);
    expect(() => extractFacts(doc)).toThrow(/^mandate facts are read from resolutions and draft resolutions, not from a sg-report$/);
  });

  it('reads what the adoption record says in a language without phrases, and warns', () => {
    // every UN language has phrases now: take Russian's away for the test
    expect(LANGUAGES.every((lang) => MANDATE_PHRASES[lang])).toBe(true);
    const russian = MANDATE_PHRASES.ru;
    delete MANDATE_PHRASES.ru;
    try {
      const doc = resolution({ language: 'ru', preamble: ['действуя на основании главы VII Устава Организации Объединенных Наций,'], paragraphs: [] });
      doc.adoption = { chapterVII: true };
      const facts = extractFacts(doc);
      expect(facts.chapterVII).toBe(true);
      expect(facts.sources.chapterVII).toBeUndefined();
      expect(facts.warnings?.[0]).toMatch(/"ru"/);
    } finally {
      MANDATE_PHRASES.ru = russian;
    }
  });
});

describe('French', () => {
  it('reads "devra lui présenter", reports listed after a comma and "ainsi qu’", and ends a request at "déclare"', () => {
    const { facts } = readFacts({ language: 'fr', date: '2020-05-29', paragraphs: [
      'Décide que le Groupe d’experts devra lui présenter, après concertation avec le Comité, un rapport d’activité le 1er décembre 2020 au plus tard, un rapport final le 1er mai 2021 au plus tard, ainsi qu’un point sur la situation tous les mois ;',
      'Prie le Groupe d’experts de soumettre au Comité un rapport d’activité le 12 août 2020 au plus tard, et déclare son intention de revoir ce mandat au plus tard le 12 février 2021 ;',
    ] });
    expect(facts.reporting.map((o) => [o.paragraph, o.by, o.due[0], o.due.length])).toEqual([
      ['op1', 'le Groupe d’experts', '2020-12-01', 1],
      ['op1', 'le Groupe d’experts', '2021-05-01', 1],
      ['op1', 'le Groupe d’experts', '2020-06-29', 12],
      ['op2', 'le Groupe d’experts', '2020-08-12', 1],
    ]);
  });

  it('reads "lui demande également de …" made to the addressee before, and "lui communiquer" within days of the adoption', () => {
    const { facts } = readFacts({ language: 'fr', date: '2020-03-30', paragraphs: [
      'Demande au Groupe d’experts de présenter au Comité, le 3 août 2020 au plus tard, un rapport de mi-mandat sur ses travaux, lui demande également de lui remettre ce rapport, après en avoir discuté avec le Comité, le 4 septembre 2020 au plus tard ;',
      'Prie le Secrétaire général de lui communiquer, pour son information, un projet de structure dans les 60 jours suivant l’adoption de la présente résolution ;',
    ] });
    expect(dueBy(facts)).toEqual([
      ['op1', 'Groupe d’experts', '2020-08-03'],
      ['op1', 'Groupe d’experts', '2020-09-04'],
      ['op2', 'le Secrétaire général', '2020-05-29'],
    ]);
  });

  it('reads the term, a computed term and force', () => {
    const extend = resolution({ language: 'fr', paragraphs: ['Décide de proroger le mandat de la MINUSMA jusqu’au 30 juin 2021;'] });
    expect(checkedFacts(extend).expires).toBe('2021-06-30');
    const period = resolution({ language: 'fr', date: '2020-01-15', paragraphs: ['Décide de proroger le mandat de la FINUL pour une nouvelle période de douze mois;'] });
    expect(checkedFacts(period)).toMatchObject({ expires: '2021-01-15', sources: { expires: { computed: true } } });
    const force = resolution({ language: 'fr', paragraphs: ['Autorise la MINUSMA à utiliser tous moyens nécessaires pour s’acquitter de son mandat;'] });
    const facts = checkedFacts(force);
    expect(facts.forceAuthorized).toBe(true);
  });

  it.each([
    'Décide d’assigner à la MINUSS le mandat ci-après et l’autorise à user de tous les moyens nécessaires pour s’acquitter des tâches suivantes :',
    'Décide que la MINUSS continuera d’être chargée d’assurer un environnement sûr à Djouba, et autorise celle-ci à user de tous les moyens nécessaires de manière à :',
  ])('reads force granted to the mission through a pronoun ("l’autorise", "celle-ci"): %s', (paragraph) => {
    const { doc, facts } = readFacts({ language: 'fr', preamble: ['Mission des Nations Unies au Soudan du Sud (MINUSS),'], paragraphs: [paragraph] });
    expect(facts).toMatchObject({ mission: { acronym: 'MINUSS' }, forceAuthorized: true });
    expect(sliceOf(doc, facts.sources.forceAuthorized!)).toMatch(/^MINUSS .* tous les moyens nécessaires$/);
  });

  it('reads "prolonger", a term whose "à savoir jusqu’au" stands after its length, and "maintenir … le déploiement"', () => {
    const renew = resolution({ language: 'fr', date: '2020-01-10', paragraphs: [
      'Décide de prolonger l’application des mesures prises aux paragraphes 2 et 3 de sa résolution 2165 (2014), pour une période de six mois, à savoir jusqu’au 10 juillet 2020;',
    ] });
    const renewFacts = checkedFacts(renew);
    expect(renewFacts).toMatchObject({ expires: '2020-07-10', sources: { expires: { paragraph: 'op1' } } });
    expect(renewFacts.sources.expires?.computed).toBeUndefined();
    const deployment = resolution({ language: 'fr', paragraphs: [
      'Décide d’autoriser les États membres de l’Union africaine à maintenir jusqu’au 28 février 2021 le déploiement de l’AMISOM;',
    ] });
    const facts = checkedFacts(deployment);
    expect(facts.expires).toBe('2021-02-28');
  });

  it('counts a term "pendant une période de douze mois" set in a clause with a participle ("créée")', () => {
    const doc = resolution({ language: 'fr', date: '2020-12-18', paragraphs: [
      'Décide que l’Équipe de surveillance, créée en application du paragraphe 7 de la résolution 1526 (2004), continuera de seconder le Comité pendant une période de douze mois;',
    ] });
    expect(checkedFacts(doc)).toMatchObject({ expires: '2021-12-18', sources: { expires: { computed: true } } });
  });

  it('reads monthly reports and updates, "le tenir informé tous les quatre-vingt-dix jours", a count before "après la date d’adoption", and a point due before the expiry', () => {
    const { facts } = readFacts({ language: 'fr', date: '2020-07-14', paragraphs: [
      'Décide de proroger le mandat de la MINUAAH jusqu’au 15 juillet 2021;',
      'Prie le Secrétaire général de lui rendre compte, chaque mois, des progrès accomplis dans l’application de la présente résolution;',
      'Prie le Groupe d’experts de lui présenter un rapport final, le 15 juin 2021 au plus tard, et d’adresser des mises à jour mensuelles au Comité;',
      'Prie l’Union africaine de le tenir informé tous les quatre-vingt-dix jours de l’exécution du mandat de l’AMISOM;',
      'Prie le Secrétaire général de lui faire rapport, onze mois après la date d’adoption de la présente résolution, sur son application;',
      'Prie également le Secrétaire général de lui faire un point complémentaire sur la Mission au moins un mois avant la date à laquelle le mandat de la Mission doit venir à expiration;',
      'Prie le Secrétaire général de lui faire rapport le 15 février 2021, le 15 juin 2021 et le 11 octobre 2021;',
    ] });
    const [monthly, finalReport, updates, every90Days, relative, beforeExpiry, listed] = facts.reporting;
    expect(monthly).toMatchObject({ paragraph: 'op2', schedule: { type: 'periodic', every: { months: 1 } } });
    // "…, et d’adresser des mises à jour mensuelles": a second action with dates of its own.
    expect(finalReport).toMatchObject({ paragraph: 'op3', due: ['2021-06-15'] });
    expect(updates).toMatchObject({ paragraph: 'op3', schedule: { type: 'periodic', every: { months: 1 } } });
    expect(every90Days).toMatchObject({ paragraph: 'op4', schedule: { type: 'periodic', every: { days: 90 } }, due: ['2020-10-12', '2021-01-10', '2021-04-10', '2021-07-09'] });
    expect(relative).toMatchObject({ paragraph: 'op5', due: ['2021-06-14'] });
    expect(beforeExpiry).toMatchObject({ paragraph: 'op6', due: ['2021-06-15'] });
    expect(listed).toMatchObject({ paragraph: 'op7', due: ['2021-02-15', '2021-06-15', '2021-10-11'] });
  });

  it('reads a decision that binds the Panel to report, then a second report joined by "et lui communiquera"', () => {
    const { facts } = readFacts({ language: 'fr', date: '2020-02-12', paragraphs: [
      'Décide que le Groupe d’experts lui remettra un rapport d’activité au plus tard le 15 septembre 2020 et lui communiquera, après concertation avec le Comité, un rapport final au plus tard le 15 mars 2021 ;',
    ] });
    expect(facts.reporting.map((o) => [o.by, o.due.join()])).toEqual([['le Groupe d’experts', '2020-09-15'], ['le Groupe d’experts', '2021-03-15']]);
  });

  it('reads "l’effectif maximal", "la réduction à 13 000 militaires du plafond", and leaves out "295 militaires excédentaires"', () => {
    const maximal = resolution({ language: 'fr', paragraphs: ['Décide que l’effectif maximal autorisé de la MINUSCA reste fixé à 11 650 militaires, dont 480 observateurs militaires, et 2 080 policiers, dont 400 policiers hors unités constituées;'] });
    const facts = checkedFacts(maximal);
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 11650], ['military-observers', 480], ['police', 2080], ['individual-police', 400]]);
    const reduced = resolution({ language: 'fr', paragraphs: ['Décide d’autoriser la réduction à 13 000 militaires du plafond des effectifs fixé à 15 000 militaires au paragraphe 11 de la résolution 1701 (2006);'] });
    expect(checkedFacts(reduced).ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13000]]);
    const excess = resolution({ language: 'fr', paragraphs: ['Maintient les effectifs militaires maximums autorisés et décide de n’autoriser le report du retrait de 295 militaires excédentaires que jusqu’au 31 août 2020;'] });
    expect(checkedFacts(excess).ceilings).toEqual([]);
  });

  it('reads "avant la fin du mois de", and takes neither a past month nor a report of a series ("son troisième rapport trimestriel") for a schedule', () => {
    const doc = resolution({ language: 'fr', date: '2020-12-18', paragraphs: [
      'Prie le Secrétaire général de lui faire rapport avant la fin du mois de février 2021 sur la faisabilité de recourir à d’autres modalités;',
      'Demande au Gouvernement de coopérer avec l’équipe chargée de faire rapport sur les enquêtes concernant la mort en mars 2017 des deux experts;',
      'Prie le Secrétaire général de lui fournir, dans son troisième rapport trimestriel, qu’il devra lui soumettre au plus tard en septembre 2021, un plan de transition;',
    ] });
    expect(checkedFacts(doc).reporting.map((o) => [o.paragraph, o.due])).toEqual([['op1', ['2021-02-28']], ['op3', ['2021-09-30']]]);
  });
  it('reads tasks outside task lists: a decision with the mission as subject, urging, help clauses and the Special Representative', () => {
    expect(tasksOf([
      'Décide de proroger jusqu’au 30 juin 2021 le mandat de la Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA) ;',
      'Décide que la MINUSMA continuera d’appuyer le processus politique ;',
      'Exhorte la MINUSMA à veiller à la participation des femmes ;',
      'Demande aux autorités maliennes d’agir en coordination avec la MINUSMA pour combattre le trafic d’armes ;',
      'Autorise la MINUSMA à user de tous les moyens nécessaires pour accomplir son mandat ;',
      'Prie le Représentant spécial du Secrétaire général de coordonner les activités du système des Nations Unies ;',
      'Décide que le soutien logistique apporté par la MINUSMA aux forces maliennes sera limité ;',
    ], 'fr')).toEqual([
      ['op3', 'veiller à la participation des femmes'],
      ['op6', 'coordonner les activités du système des Nations Unies'],
      ['op2', 'que la MINUSMA continuera d’appuyer le processus politique'],
      ['op4', 'aux autorités maliennes d’agir en coordination avec la MINUSMA pour combattre le trafic d’armes'],
    ]);
  });
});

describe('Spanish', () => {
  it('reads the term, a computed term, ceilings grouped by dots, and force', () => {
    const extend = resolution({ language: 'es', paragraphs: ['Decide prorrogar el mandato de la MINUSMA hasta el 30 de junio de 2021;'] });
    expect(checkedFacts(extend).expires).toBe('2021-06-30');
    const period = resolution({ language: 'es', date: '2020-01-15', paragraphs: ['Decide prorrogar el mandato de la FPNUL por un nuevo período de doce meses;'] });
    expect(checkedFacts(period)).toMatchObject({ expires: '2021-01-15', sources: { expires: { computed: true } } });
    const ceilings = resolution({ language: 'es', paragraphs: ['Decide que la MINUSMA seguirá constando de un máximo de 13.289 efectivos militares y 1.920 efectivos de policía;'] });
    expect(checkedFacts(ceilings).ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13289], ['police', 1920]]);
    const force = resolution({ language: 'es', paragraphs: ['Autoriza a la MINUSMA a utilizar todos los medios necesarios para ejecutar su mandato;'] });
    const facts = checkedFacts(force);
    expect(facts.forceAuthorized).toBe(true);
  });

  it('reads a period "que terminará el", "es decir, hasta el" after a length, "por otros 12 meses" and "mantengan hasta el … el despliegue"', () => {
    const ending = resolution({ language: 'es', paragraphs: ['Expresa su pleno apoyo a la UNFICYP, y decide prorrogar su mandato por un nuevo período que terminará el 31 de julio de 2020;'] });
    expect(checkedFacts(ending).expires).toBe('2020-07-31');
    const thatIs = resolution({ language: 'es', date: '2020-06-29', paragraphs: ['Decide prorrogar el mandato de la FNUOS por un período de seis meses, es decir, hasta el 31 de diciembre de 2020;'] });
    const thatIsFacts = checkedFacts(thatIs);
    expect(thatIsFacts.expires).toBe('2020-12-31');
    expect(thatIsFacts.sources.expires?.computed).toBeUndefined();
    const another = resolution({ language: 'es', date: '2020-06-05', paragraphs: ['Decide prorrogar las autorizaciones mencionadas en la resolución 2473 (2019) por otros 12 meses a partir de la fecha de la presente resolución;'] });
    expect(checkedFacts(another)).toMatchObject({ expires: '2021-06-05', sources: { expires: { computed: true } } });
    const deployment = resolution({ language: 'es', paragraphs: ['Decide autorizar a los Estados Miembros de la Unión Africana a que mantengan hasta el 28 de febrero de 2021 el despliegue de 19.626 efectivos uniformados de la AMISOM;'] });
    const facts = checkedFacts(deployment);
    expect(facts.expires).toBe('2021-02-28');
  });

  it('reads a decision that binds the Group to report, its second report after "y" and monthly updates after "así como"', () => {
    const { facts } = readFacts({ language: 'es', date: '2020-05-29', paragraphs: [
      'Decide que el Grupo de Expertos le presente, tras deliberar con el Comité, un informe provisional a más tardar el 1 de diciembre de 2020 y un informe final a más tardar el 1 de mayo de 2021, así como información actualizada mensualmente, salvo los meses en que se presenten esos informes;',
    ] });
    expect(facts.reporting.map((o) => [o.by, o.due[0], o.due.length])).toEqual([
      ['el Grupo de Expertos', '2020-12-01', 1],
      ['el Grupo de Expertos', '2021-05-01', 1],
      ['el Grupo de Expertos', '2020-06-29', 12],
    ]);
  });

  it('reads "que el Grupo le presente", "que presente" made to the addressee before, and reports listed after a comma', () => {
    const { facts } = readFacts({ language: 'es', date: '2020-03-30', paragraphs: [
      'Solicita al Grupo de Expertos que, a más tardar el 3 de agosto de 2020, proporcione al Comité un informe de mitad de período, solicita también que el Grupo de Expertos le presente su informe de mitad de período a más tardar el 4 de septiembre de 2020, solicita además que presente al Comité un informe final a más tardar el 5 de febrero de 2021;',
      'Solicita al Grupo de Expertos que le presente un informe de mitad de período a más tardar el 31 de enero de 2021, un informe final a más tardar el 30 de junio de 2021 y actualizaciones sobre los progresos realizados, según proceda;',
    ] });
    expect(dueBy(facts)).toEqual([
      ['op1', 'Grupo de Expertos', '2020-08-03'],
      ['op1', 'el Grupo de Expertos', '2020-09-04'],
      ['op1', 'el Grupo de Expertos', '2021-02-05'],
      ['op2', 'Grupo de Expertos', '2021-01-31'],
      ['op2', 'Grupo de Expertos', '2021-06-30'],
    ]);
  });

  it('reads a request to report every three months', () => {
    const doc = resolution({ language: 'es', date: '2020-06-29', paragraphs: [
      'Decide prorrogar el mandato de la MINUSMA hasta el 30 de junio de 2021;',
      'Solicita al Secretario General que lo informe sobre la aplicación de la presente resolución cada tres meses a partir de su aprobación;',
    ] });
    const [quarterly] = checkedFacts(doc).reporting;
    expect(quarterly).toMatchObject({ by: 'Secretario General', schedule: { type: 'periodic', every: { months: 3 } }, due: ['2020-09-29', '2020-12-29', '2021-03-29', '2021-06-29'] });
  });

  it('reads monthly reports, an action after "que," with a due date, a count before "después de la aprobación", and a report due before the expiry', () => {
    const { facts } = readFacts({ language: 'es', date: '2020-07-14', paragraphs: [
      'Decide prorrogar el mandato de la UNMHA hasta el 15 de julio de 2021;',
      'Solicita al Secretario General que lo informe mensualmente sobre los progresos realizados en la aplicación de la presente resolución;',
      'Solicita al Secretario General que, a más tardar el 10 de enero de 2021, le presente un informe sobre sus buenos oficios;',
      'Solicita al Secretario General que 11 meses después de la aprobación de la presente resolución lo informe sobre su aplicación;',
      'Solicita además al Secretario General que le presente un nuevo examen de la UNMHA al menos un mes antes de que expire su mandato;',
      'Solicita al Secretario General que lo informe el 15 de febrero de 2021, el 15 de junio de 2021 y el 11 de octubre de 2021;',
    ] });
    const [monthly, fixed, relative, beforeExpiry, listed] = facts.reporting;
    expect(monthly).toMatchObject({ paragraph: 'op2', schedule: { type: 'periodic', every: { months: 1 } } });
    expect(monthly.due).toHaveLength(12);
    expect(fixed).toMatchObject({ paragraph: 'op3', due: ['2021-01-10'] });
    expect(relative).toMatchObject({ paragraph: 'op4', schedule: { type: 'relative', within: { months: 11 } }, due: ['2021-06-14'] });
    expect(beforeExpiry).toMatchObject({ paragraph: 'op5', due: ['2021-06-15'] });
    expect(listed).toMatchObject({ paragraph: 'op6', due: ['2021-02-15', '2021-06-15', '2021-10-11'] });
  });

  it('reads "dotación máxima", ceilings named by their component, and police "no pertenecientes a una unidad constituida"', () => {
    const { facts } = readFacts({ language: 'es', paragraphs: [
      'Mantiene la dotación militar máxima autorizada de 3.550 efectivos hasta el 15 de mayo de 2021;',
      'Mantiene la dotación policial máxima autorizada de 640 efectivos, incluidos 148 agentes de policía no pertenecientes a una unidad constituida;',
    ] });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 3550], ['police', 640], ['individual-police', 148]]);
    const reduced = resolution({ language: 'es', paragraphs: ['Decide autorizar la reducción de la dotación máxima indicada en la resolución 1701 (2006) de 15.000 a 13.000 efectivos militares;'] });
    expect(checkedFacts(reduced).ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13000]]);
  });

  it('does not take "la presente resolución" for a report, nor a report of a series ("el tercer informe trimestral") for a schedule', () => {
    const doc = resolution({ language: 'es', date: '2020-12-18', paragraphs: [
      'Solicita al Secretario General que ajuste el mandato del Asesor Especial a la duración del presente mandato y lo renueve hasta el 18 de septiembre de 2021;',
      'Solicita al Secretario General que le presente en el tercer informe trimestral, a más tardar en septiembre de 2021, un plan de transición;',
    ] });
    expect(checkedFacts(doc).reporting.map((o) => [o.paragraph, o.due])).toEqual([['op2', ['2021-09-30']]]);
  });
  it('reads tasks outside task lists: "decide además que", "e insta", help clauses, the Special Representative, not how the mission is led', () => {
    expect(tasksOf([
      'Decide prorrogar hasta el 30 de junio de 2021 el mandato de la Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí (MINUSMA);',
      'Decide además que la MINUSMA siga apoyando el proceso político;',
      'Observa los progresos e insta a la MINUSMA a que vele por la participación de las mujeres;',
      'Exhorta a las autoridades malienses a que, con el apoyo de la MINUSMA, combatan el tráfico de armas;',
      'Autoriza a la MINUSMA a que utilice todos los medios necesarios para ejecutar su mandato;',
      'Solicita al Representante Especial del Secretario General que coordine las actividades del sistema de las Naciones Unidas;',
      'Decide que la MINUSMA esté dirigida por un Representante Especial;',
    ], 'es')).toEqual([
      ['op3', 'vele por la participación de las mujeres'],
      ['op6', 'coordine las actividades del sistema de las Naciones Unidas'],
      ['op2', 'además que la MINUSMA siga apoyando el proceso político'],
      ['op4', 'a las autoridades malienses a que, con el apoyo de la MINUSMA, combatan el tráfico de armas'],
    ]);
  });
});

describe('Russian', () => {
  it('parts a request that follows "и в этой связи" from the clause before it', () => {
    const { facts } = readFacts({
      language: 'ru',
      date: '2020-10-30',
      paragraphs: ['Выражает свое намерение собираться для заслушания его брифингов и в этой связи просит далее Генерального секретаря представить доклад о ситуации в Западной Сахаре не позднее 15 марта 2021 года;'],
    });
    expect(facts.reporting.map((o) => [o.by, o.due])).toEqual([['Генерального секретаря', ['2021-03-15']]]);
  });

  it('reads the term, Chapter VII, force and ceilings grouped by a no-break space', () => {
    const { facts } = readFacts({
      language: 'ru',
      preamble: ['действуя на основании главы VII Устава Организации Объединенных Наций,'],
      paragraphs: [
        'постановляет продлить срок действия мандата МИНУСМА до 30 июня 2021 года;',
        'постановляет, что численность личного состава МИНУСМА будет сохраняться на уровне 13\u00a0289 военнослужащих и 1920 полицейских;',
        'уполномочивает МИНУСМА использовать все необходимые средства для выполнения своего мандата;',
      ],
    });
    expect(facts).toMatchObject({ expires: '2021-06-30', chapterVII: true, forceAuthorized: true, mission: { acronym: 'МИНУСМА' } });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13289], ['police', 1920]]);
  });

  it('counts a term given as a length, and reads a ceiling named by its component', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-06-04', paragraphs: [
      'постановляет продлить полномочия, предусмотренные в резолюции 2473 (2019), еще на двенадцать месяцев с даты принятия настоящей резолюции;',
      'постановляет сохранить общую численность личного состава МООНЮС с максимальной численностью личного состава военного компонента в 17 000 человек;',
    ] });
    expect(facts).toMatchObject({ expires: '2021-06-04', sources: { expires: { computed: true } } });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 17000]]);
  });

  it('reads a request to report every three months, with the period before the verb', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-06-29', paragraphs: [
      'постановляет продлить срок действия мандата МИНУСМА до 30 июня 2021 года;',
      'просит Генерального секретаря каждые три месяца представлять Совету Безопасности доклад об осуществлении настоящей резолюции;',
      'просит Генерального секретаря представить не позднее 15 декабря 2020 года доклад;',
    ] });
    const [quarterly, fixed] = facts.reporting;
    expect(quarterly).toMatchObject({ by: 'Генерального секретаря', schedule: { type: 'periodic', every: { months: 3 } }, due: ['2020-09-29', '2020-12-29', '2021-03-29', '2021-06-29'] });
    expect(fixed).toMatchObject({ schedule: { type: 'fixed', date: '2020-12-15' } });
  });

  it('reads a decision that binds the Panel to report with the date before the subject, and a second report after "и что"', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-05-14', paragraphs: [
      'постановляет, что не позднее 15 сентября 2020 года Группа представит Совету промежуточный доклад о своей работе и что не позднее 15 марта 2021 года она представит Совету после обсуждения с Комитетом заключительный доклад;',
      'постановляет, что Группа экспертов должна представить Совету промежуточный доклад к 1 декабря 2020 года и заключительный доклад — к 1 мая 2021 года;',
    ] });
    expect(dueBy(facts)).toEqual([
      ['op1', 'Группа', '2020-09-15'],
      ['op1', 'Группа', '2021-03-15'],
      ['op2', 'Группа экспертов', '2020-12-01'],
      ['op2', 'Группа экспертов', '2021-05-01'],
    ]);
  });

  it('reads a period "раз в три месяца" before the verb, no due date for days counted from something else, and "просит представить" made to the addressee before', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-02-11', paragraphs: [
      'постановляет продлить до 12 марта 2021 года мандат Группы экспертов и просит далее Группу экспертов раз в три месяца предоставлять обновленную информацию Комитету о своей деятельности;',
      'просит Группу экспертов представить Комитету не позднее чем через 30 дней после ее повторного назначения запланированную программу работы;',
      'просит Группу экспертов представить Комитету промежуточный доклад не позднее 3 августа 2020 года, а также просит представить Комитету не позднее 5 февраля 2021 года заключительный доклад;',
    ] });
    expect(dueBy(facts)).toEqual([
      ['op1', 'Группу экспертов', '2020-05-11,2020-08-11,2020-11-11,2021-02-11'],
      ['op3', 'Группу экспертов', '2020-08-03'],
      ['op3', 'Группу экспертов', '2021-02-05'],
    ]);
  });

  it('counts the term of a body "учрежденная" for a length', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-12-17', paragraphs: [
      'постановляет, что Группа по наблюдению, учрежденная пунктом 7 резолюции 1526 (2004), будет и далее оказывать Комитету поддержку в течение 12 месяцев;',
    ] });
    expect(facts).toMatchObject({ expires: '2021-12-17', sources: { expires: { computed: true } } });
  });

  it('reads due dates with no preposition, a month in the prepositional case, "за месяц до" and a request "чтобы"', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-07-14', paragraphs: [
      'постановляет продлить срок действия мандата МООНСХ до 15 июля 2021 года;',
      'просит Генерального секретаря представить доклады Совету 15 февраля 2021 года, 15 июня 2021 года и 11 октября 2021 года;',
      'просит Генерального секретаря подготовить для Совета Безопасности в сентябре 2021 года доклад о своих усилиях;',
      'просит далее Генерального секретаря представить Совету следующий обзор МООНСХ не позднее чем за месяц до даты истечения срока действия мандата МООНСХ;',
      'просит, чтобы федеральное правительство Сомали представило Совету Безопасности к 1 февраля 2021 года доклады о структуре его сил безопасности;',
    ] });
    expect(facts.reporting.map((o) => [o.by, o.due])).toEqual([
      ['Генерального секретаря', ['2021-02-15', '2021-06-15', '2021-10-11']],
      ['Генерального секретаря', ['2021-09-30']],
      ['Генерального секретаря', ['2021-06-15']],
      ['федеральное правительство Сомали', ['2021-02-01']],
    ]);
  });

  it('reads a briefing due within "шестимесячный период" from the renewal', () => {
    const { facts } = readFacts({ language: 'ru', date: '2020-10-30', paragraphs: [
      'просит Генерального секретаря проводить на регулярной основе, включая шестимесячный период с даты настоящего продления мандата, брифинги в Совете Безопасности о ходе переговоров;',
    ] });
    expect(facts.reporting.map((o) => [o.what, o.due])).toEqual([['briefing', ['2021-04-30']]]);
  });

  it('reads a reduced ceiling as the number after "до", the span from that number', () => {
    const { doc, facts } = readFacts({ language: 'ru', paragraphs: [
      'постановляет утвердить снижение максимальной численности военнослужащих, санкционированной в пункте 11 резолюции 1701 (2006), с 15 000 до 13 000 человек;',
    ] });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13000]]);
    expect(sliceOf(doc, facts.ceilings[0].source)).toBe('13 000 человек');
  });
  it('reads tasks outside task lists: "что МИНУСМА должна", "настоятельно призывает", help clauses, not "мандата МИНУСМА" in an addressee', () => {
    expect(tasksOf([
      'постановляет продлить мандат Многопрофильной комплексной миссии Организации Объединенных Наций по стабилизации в Мали (МИНУСМА) до 30 июня 2021 года;',
      'постановляет, что МИНУСМА должна и далее поддерживать политический процесс;',
      'настоятельно призывает МИНУСМА обеспечить участие женщин;',
      'призывает малийские власти в координации с МИНУСМА бороться с незаконной торговлей оружием;',
      'уполномочивает МИНУСМА использовать все необходимые средства для выполнения своего мандата;',
      'просит Специального представителя Генерального секретаря координировать деятельность системы Организации Объединенных Наций;',
      'настоятельно призывает малийские стороны до истечения срока действующего мандата МИНУСМА принять конкретные меры;',
    ], 'ru')).toEqual([
      ['op3', 'обеспечить участие женщин'],
      ['op6', 'координировать деятельность системы Организации Объединенных Наций'],
      ['op2', ', что МИНУСМА должна и далее поддерживать политический процесс'],
      ['op4', 'малийские власти в координации с МИНУСМА бороться с незаконной торговлей оружием'],
    ]);
  });
});

describe('Chinese', () => {
  it('reads a decision that binds the Panel to report, and its second report after "，并"', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-02-12', paragraphs: ['决定，小组应不迟于2020年9月15日向安理会提交中期工作报告，并在与委员会讨论后，不迟于2021年3月15日向安理会提交含有结论和建议的最后报告；'] });
    expect(facts.reporting.map((o) => [o.by, o.due.join()])).toEqual([['小组', '2020-09-15'], ['小组', '2021-03-15']]);
  });

  it('reads a decision whose verb follows an adverbial, monthly updates after its reports, and no due date for days counted from a condition', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-05-29', paragraphs: [
      '决定专家小组应在与委员会讨论后，至迟于2020年12月1日向安理会提交中期报告，至迟于2021年5月1日提交最后报告，除应提交报告的月份外，每月通报最新情况；',
      '要求任何会员国在进行检查时，立即向委员会提交初步书面报告，如发现禁止供应、出售或转移的物项，还要求这些会员国在30天内向委员会提交后续书面报告；',
    ] });
    expect(facts.reporting.map((o) => [o.paragraph, o.schedule.type, o.due[0], o.due.length])).toEqual([
      ['op1', 'fixed', '2020-12-01', 1],
      ['op1', 'fixed', '2021-05-01', 1],
      ['op1', 'periodic', '2020-06-29', 12],
      ['op2', 'event', undefined, 0],
    ]);
  });

  it('aligns "在…半年度报告中" with the periodic reports, and takes "第三次每三个月报告" for one report, not a period', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-12-18', paragraphs: [
      '再次请余留机制在提交安理会的半年度报告中说明本决议执行进展情况；',
      '请秘书长在不迟于2021年9月提交的第三次每三个月报告中提出过渡计划；',
    ] });
    expect(facts.reporting.map((o) => [o.schedule.type, o.due.join()])).toEqual([['aligned', ''], ['fixed', '2021-09-30']]);
  });

  it('reads a structure put before the Council ("向安全理事会提出") within days of the adoption', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-06-03', paragraphs: ['还请秘书长在本决议通过后60天内向安全理事会提出建议采用的架构和地域部署安排供参考；'] });
    expect(facts.reporting.map((o) => o.due)).toEqual([['2020-08-02']]);
  });

  it('reads the mission, term, Chapter VII, force and ceilings in a text without spaces', () => {
    const { facts } = readFacts({
      language: 'zh',
      preamble: ['强烈谴责对联合国马里多层面综合稳定团(马里稳定团)的袭击，', '根据《联合国宪章》第七章采取行动，'],
      paragraphs: ['决定将马里稳定团任务期限延长至2021年6月30日；', '决定马里稳定团应继续由至多13 289名军事人员和1 920名警务人员组成；', '授权马里稳定团使用一切必要手段执行任务；'],
    });
    expect(facts).toMatchObject({
      mission: { name: '联合国马里多层面综合稳定团', acronym: '马里稳定团' },
      expires: '2021-06-30',
      chapterVII: true,
      forceAuthorized: true,
    });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13289], ['police', 1920]]);
  });

  it('counts a term of six months in words, and reads periodic and fixed reports', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-06-29', paragraphs: [
      '决定将观察员部队的任务期限延续六个月；',
      '请秘书长在本决议通过后每三个月向安全理事会报告本决议执行情况；',
      '请秘书长不迟于2020年12月15日向安全理事会提交报告；',
    ] });
    expect(facts).toMatchObject({ expires: '2020-12-29', sources: { expires: { computed: true } } });
    const [quarterly, fixed] = facts.reporting;
    expect(quarterly).toMatchObject({ by: '秘书长', schedule: { type: 'periodic', every: { months: 3 } }, due: ['2020-09-29', '2020-12-29'] });
    expect(fixed).toMatchObject({ schedule: { type: 'fixed', date: '2020-12-15' } });
  });

  it('reads a deployment maintained "直至" a date, and the term of a body "所设" continued for a length', () => {
    const deployment = resolution({ language: 'zh', date: '2020-05-29', paragraphs: ['决定授权非洲联盟成员国继续部署19 626名非索特派团军警人员直至2021年2月28日；'] });
    expect(checkedFacts(deployment).expires).toBe('2021-02-28');
    const { facts } = readFacts({ language: 'zh', date: '2020-12-17', paragraphs: ['决定，第1526(2004)号决议第7段所设的监测组应在现有任务期于2020年12月期满后继续支持委员会12个月；'] });
    expect(facts).toMatchObject({ expires: '2021-12-17', sources: { expires: { computed: true } } });
  });

  it('reads an annual briefing, a report within months of the renewal, and an assessment provided by a date', () => {
    const { facts } = readFacts({ language: 'zh', date: '2020-10-30', paragraphs: [
      '请秘书长在安理会第2378(2017)号决议规定的全面年度通报中报告进展情况；',
      '请秘书长包括在此次延长任务期后六个月内向安全理事会通报谈判的现况；',
      '请秘书长不迟于2021年9月15日向安理会提供关于索马里武器和弹药管理能力的技术评估结果；',
    ] });
    expect(facts.reporting.map((o) => o.due)).toEqual([['2021-10-30'], ['2021-04-30'], ['2021-09-15']]);
  });

  it('reads a reduced ceiling as the number it is reduced to', () => {
    const { facts } = readFacts({ language: 'zh', paragraphs: ['决定授权将第1701号决议执行部分第11段规定的部队人数上限由核定15 000人减至13 000人；'] });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13000]]);
  });

  it('takes no force from an authorisation the clause recalls ("回顾安理会授权")', () => {
    const { facts } = readFacts({ language: 'zh', preamble: ['回顾联合国驻黎巴嫩临时部队(联黎部队)的任务，'], paragraphs: [
      '决定将联黎部队目前的任务期限延长至2021年8月31日；',
      '为支持黎巴嫩政府的要求而采取行动，回顾安理会授权联黎部队在部队部署区内采取其认为力所能及的一切必要行动；',
    ] });
    expect(facts).toMatchObject({ mission: { acronym: '联黎部队' }, forceAuthorized: false });
  });
  it('reads tasks outside task lists: "决定马里稳定团应…", "敦促", "与马里稳定团协调", and "以下优先工作" as a task list', () => {
    expect(tasksOf([
      '决定将联合国马里多层面综合稳定团(马里稳定团)的任务期限延长至2021年6月30日；',
      '决定马里稳定团应继续支持政治进程；',
      '敦促马里稳定团确保妇女参与；',
      '促请马里当局与马里稳定团协调，打击非法武器贩运；',
      '授权马里稳定团使用一切必要手段执行任务；',
      '请秘书长特别代表继续领导联合国系统的各项活动；',
      { text: '决定马里稳定团的任务应包括以下优先工作：', items: [{ num: '(a)', text: '支持执行《协议》；' }] },
    ], 'zh')).toEqual([
      ['op7.a', '支持执行《协议》；'],
      ['op3', '确保妇女参与'],
      ['op6', '继续领导联合国系统的各项活动'],
      ['op2', '马里稳定团应继续支持政治进程'],
      ['op4', '马里当局与马里稳定团协调，打击非法武器贩运'],
    ]);
  });
});

describe('Arabic', () => {
  it('reads a structure submitted to the Council within days of the adoption ("أن يقدم إلى مجلس الأمن")', () => {
    const { facts } = readFacts({ language: 'ar', date: '2020-06-03', paragraphs: ['يطلب إلى الأمين العام أن يقدم إلى مجلس الأمن، للعلم، الهيكل المقترح للبعثة ونشرها الجغرافي في غضون 60 يوما من اتخاذ هذا القرار؛'] });
    expect(facts.reporting.map((o) => o.due)).toEqual([['2020-08-02']]);
  });

  it('reads the term, Chapter VII, force, and ceilings whose digit groups are stored right to left', () => {
    const { facts } = readFacts({
      language: 'ar',
      preamble: ['وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة،'],
      paragraphs: [
        'يقرر تمديد ولاية البعثة المتكاملة حتى 30 حزيران/يونيه 2021؛',
        'يقرر أن يظل قوام البعثة المتكاملة مشكلا من عدد أقصاه 289 13 من الأفراد العسكريين و 920 1 من أفراد الشرطة؛',
        'يأذن للبعثة المتكاملة بأن تستخدم جميع الوسائل اللازمة للاضطلاع بولايتها؛',
      ],
    });
    expect(facts).toMatchObject({ mission: { acronym: 'البعثة المتكاملة' }, expires: '2021-06-30', chapterVII: true, forceAuthorized: true });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13289], ['police', 1920]]);
  });

  it('names a mission spelled out without a short name, counts a term in words, and reads reports, one after a joined "and"', () => {
    const { facts } = readFacts({ language: 'ar', date: '2020-06-29', paragraphs: [
      'يقرر تجديد ولاية بعثة الأمم المتحدة لتقديم المساعدة إلى العراق لمدة ستة أشهر؛',
      'يطلب إلى الأمين العام أن يقدم إلى مجلس الأمن، مرة كل ثلاثة أشهر بعد اتخاذ هذا القرار، تقريرا عن تنفيذ القرار؛',
      'يعرب عن تأييده التام للبعثة، ويطلب إلى الأمين العام أن يقدم بحلول 15 كانون الأول/ديسمبر 2020 تقريرا عن مساعيه الحميدة؛',
    ] });
    expect(facts).toMatchObject({
      mission: { name: 'بعثة الأمم المتحدة لتقديم المساعدة إلى العراق', acronym: null },
      expires: '2020-12-29',
      sources: { expires: { computed: true } },
    });
    const [quarterly, fixed] = facts.reporting;
    expect(quarterly).toMatchObject({ by: 'الأمين العام', schedule: { type: 'periodic', every: { months: 3 } }, due: ['2020-09-29', '2020-12-29'] });
    expect(fixed).toMatchObject({ schedule: { type: 'fixed', date: '2020-12-15' } });
  });

  it('reads a deployment maintained until a date, and the term of a body "المنشأ" for a period with no "مدتها"', () => {
    const deployment = resolution({ language: 'ar', date: '2020-05-29', paragraphs: ['يقرر أن يأذن للدول الأعضاء في الاتحاد الأفريقي بمواصلة نشر 626 19 فردا من أفراد بعثة الاتحاد الأفريقي النظاميين حتى 28 شباط/فبراير 2021؛'] });
    expect(checkedFacts(deployment).expires).toBe('2021-02-28');
    const { facts } = readFacts({ language: 'ar', date: '2020-12-17', paragraphs: [
      'يقرر أن يواصل فريق الرصد، المنشأ بموجب الفقرة 7 من القرار 1526 (2004)، تقديم الدعم إلى اللجنة لفترة اثني عشر شهرا ابتداء من تاريخ انتهاء الولاية الحالية في كانون الأول/ديسمبر 2020؛',
    ] });
    expect(facts).toMatchObject({ expires: '2021-12-17', sources: { expires: { computed: true } } });
  });

  it('reads due dates "في أجل أقصاه", a month after "في" or a report named by its month, months after the renewal, and no strategy in "أهدافها الاستراتيجية"', () => {
    const { facts } = readFacts({ language: 'ar', date: '2020-06-29', paragraphs: [
      'يطلب إلى الأمين العام أن يجري استعراضا استراتيجيا مستقلا للبعثة ويبلغ المجلس بنتائجه في أجل أقصاه 31 تموز/يوليه 2021؛',
      'يطلب إلى الأمين العام أن يعد تقريرا يقدمه إلى مجلس الأمن في أيلول/سبتمبر 2021 عن جهوده؛',
      'يطلب إلى الأمين العام أن يدرج في تقريره لشهر نيسان/أبريل 2021 تقييما لتنفيذ الفقرة 13؛',
      'يطلب إلى الأمين العام أن يشرع في التخطيط للبعثة لكفالة البدء في إنجاز جميع أهدافها الاستراتيجية في موعد لا يتجاوز 1 كانون الثاني/يناير 2021؛',
      'يطلب إلى الأمين العام أن يقدم إحاطات إلى مجلس الأمن، بما في ذلك في غضون ستة أشهر من تاريخ تجديد هذه الولاية؛',
    ] });
    expect(facts.reporting.map((o) => o.due)).toEqual([['2021-07-31'], ['2021-09-30'], ['2021-04-30'], ['2020-12-29']]);
  });

  it('reads a reduced ceiling as the number after "إلى", and individual police officers counted singly, joined or not', () => {
    const { facts } = readFacts({ language: 'ar', paragraphs: [
      'يقرر أن يأذن بخفض الحد الأقصى للقوات المنصوص عليه في الفقرة 11 من منطوق القرار 1701 من 000 15 جندي مأذون بهم إلى 000 13 جندي؛',
      'يُبقي على القوام الأقصى المأذون به للشرطة في حدود 640 فردا، بما يشمل 148ضابط شرطة وثلاث وحدات شرطة مشكلة؛',
    ] });
    expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13000], ['police', 640], ['individual-police', 148]]);
  });
  it('reads tasks outside task lists: "يقرر أن تواصل البعثة …", "يحث", "بالتنسيق مع", the Special Representative, not "مع البعثة"', () => {
    expect(tasksOf([
      'يقرر تمديد ولاية بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي (البعثة المتكاملة) حتى 30 حزيران/يونيه 2021؛',
      'يقرر أن تواصل البعثة المتكاملة دعم العملية السياسية؛',
      'يحث البعثة المتكاملة على مواصلة جهودها لكفالة مشاركة المرأة؛',
      'يهيب بالسلطات المالية أن تقوم، بالتنسيق مع البعثة المتكاملة، بمكافحة الاتجار بالأسلحة؛',
      'يأذن للبعثة المتكاملة بأن تستخدم جميع الوسائل اللازمة للاضطلاع بولايتها؛',
      'يطلب إلى الممثل الخاص للأمين العام أن ينسق أنشطة منظومة الأمم المتحدة؛',
      'يهيب بجميع الأطراف أن تتعاون تعاونا تاما مع البعثة المتكاملة؛',
    ], 'ar')).toEqual([
      ['op3', 'مواصلة جهودها لكفالة مشاركة المرأة'],
      ['op6', 'ينسق أنشطة منظومة الأمم المتحدة'],
      ['op2', 'أن تواصل البعثة المتكاملة دعم العملية السياسية'],
      ['op4', 'بالسلطات المالية أن تقوم، بالتنسيق مع البعثة المتكاملة، بمكافحة الاتجار بالأسلحة'],
    ]);
  });
});
