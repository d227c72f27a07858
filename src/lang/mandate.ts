import type { Language } from '../model.js';
import type { PersonnelComponent } from '../facts/types.js';
import { numberPattern } from './numbers.js';

/**
 * The words in which a resolution states its mandate facts, per language (src/facts reads them).
 * Patterns are case-sensitive unless flagged; named groups carry the values the extractor reads.
 */
export interface MandatePhrases {
  /** the body that adopts resolutions, the actor of every request */
  actor: string;
  /** the word that joins clauses ("…, and requests …") */
  conjunction: string;
  /** the conjunction is written joined to the verb after it (Arabic "ويطلب", "and requests") */
  conjunctionJoined: boolean;
  /** words that may stand between "and" and a clause's verb ("и в этой связи просит далее …") */
  clauseLinks: readonly string[];
  /** "Acting under Chapter VII of the Charter" */
  chapterVII: RegExp;
  /** a full mission name followed by its acronym: groups `name`, `acronym` */
  missionName: RegExp;
  /** the organisations a mission belongs to ("United Nations", "African Union-United Nations"), where its name starts */
  organisation: RegExp;
  /** the word that makes a name a mission's ("Mission", "Operation", "Force", "Office") */
  missionWord: RegExp;
  /** a mission referred to without its name ("the Mission") */
  missionReference: RegExp;
  /** names that the mission pattern also matches but that are agencies, not missions ("Office on Drugs and Crime") */
  notAMission: RegExp;
  /** a mandate attached to a mission named without an acronym ("the mandate of the Verification Mission"): group `name` */
  mandateOfNamed: RegExp;
  /** the place a mission name ends with ("… in Mali", "… for Iraq"): group `place` */
  missionPlace: RegExp;
  /** a mandate attached to an acronym ("the mandate of MINUSMA", "MINUSMA's mandate"): group `acronym` */
  mandateOf: RegExp;
  /** "the situation in Mali": group `place` */
  situationIn: RegExp;
  /** a run of capitalised words naming a place ("Democratic Republic of the Congo"), as a regular-expression source */
  placeName: string;
  /** the article a place name may start with, left out of the name ("the ") */
  article: RegExp;
  /** a clause that sets a mandate's term: "extend the mandate", "establish" */
  mandateTerm: RegExp;
  /** what stands right before the end date of a term: "until " */
  untilBeforeDate: RegExp;
  /** a term that names no one because it is the mission's own: "extend the present mandate" */
  ownMandate: RegExp;
  /** a term given as a length: "for a period of twelve months": groups `count`, `unit` */
  termLength: RegExp;
  /** what follows a term's length stated before its verb, up to the verb ("for 12 months from the date of this resolution to renew") */
  lengthBeforeVerb: RegExp;
  /** what stands between a term's length and the date it runs from: "for six months from 30 September 2001" */
  termStartBeforeDate: RegExp;
  /** authorisation of force: "all necessary means" */
  force: RegExp;
  /** the clause before a force phrase must authorise it: "Authorizes", "is authorized", "may take"; group `active` when the authorised party follows ("Authorizes MINUSMA to …") */
  forceGrant: RegExp;
  /** an active grant whose party is a pronoun, right before the force phrase ("… la MINUSS … et l'autorise à user de "): the party is named before the grant */
  pronounGrant: RegExp;
  /** clause verbs that restate an earlier decision ("recalls"): an authorisation of force in their clause is not granted here */
  recallVerbs: readonly string[];
  /** words that make a sentence set a personnel ceiling: "comprise up to", "authorized strength" */
  ceilingContext: RegExp;
  /** a ceiling named by its component: "a troop ceiling of 17,000 personnel", "police ceiling at 640": groups `noun`, `count` */
  componentCeiling: RegExp;
  /** a number of personnel: groups `count`, `noun` (the noun is mapped by `personnel`) */
  personnelCount: RegExp;
  /** personnel nouns to components, first match wins */
  personnel: ReadonlyArray<[RegExp, PersonnelComponent]>;
  /** words before a number that make it a change, not a ceiling: "an additional", "increase of" */
  notACeiling: RegExp;
  /** words right after a number of personnel that make it where a change starts, not a ceiling ("من 000 15 جندي مأذون بهم إلى 000 13 جندي", from 15,000 … to 13,000) */
  changedFrom: RegExp;
  /**
   * a clause that adds personnel or moves them in for a while: its numbers (and their breakdown) are no ceiling
   * ("an increase in the military strength of MONUC of up to 916 military personnel", "to redeploy temporarily … 50
   * military observers from ONUB"), unless `newLevel` follows it
   */
  increaseClause: RegExp;
  /** words after an increase that give the level it reaches, a ceiling ("an increase … to a maximum of 15,000 troops") */
  newLevel: RegExp;
  /** a paragraph that introduces the mandated tasks ("… mandate shall include the following priority tasks:") */
  taskIntro: RegExp;
  /** a task introduction that lists secondary tasks ("existing capacities", "other tasks") */
  otherTasks: RegExp;
  /** verbs of request clauses ("Requests", "Further requests", "Calls upon"); matched case-insensitively at the first letter */
  requestVerbs: readonly string[];
  /** verbs that give the mission a task outside a task list ("Requests UNMIS to support …", "Authorizes UNMIL to assist …") */
  taskVerbs: readonly string[];
  /** words before the mission's name that make it a complement, not the party tasked ("the Friends of UNMEE", "efforts by MINURCAT") */
  missionComplement: RegExp;
  /** one who heads the mission or a part of it, tasked in its name ("the Special Representative of the Secretary-General") */
  missionOfficial: RegExp;
  /** words right before the mission's name that make it help another party's action ("with the support of", "in close coordination with") */
  missionAssists: RegExp;
  /** what may stand between `missionAssists` and the mission: the parties it helps alongside ("with the support of the international community and of MONUC") */
  assistedConjunct: RegExp;
  /** what a decision binds its subject to that is how the mission is made up, no task ("… will be headed by the Special Representative") */
  missionMakeup: RegExp;
  /** an action that only carries out the mandate already given, no task of its own ("use all necessary means to carry out its mandate") */
  mandateOnly: RegExp;
  /** verbs of decisions whose "that"-clause may give the mission a task ("Decides that MONUC shall …") */
  decisionVerbs: readonly string[];
  /** the subject of a decision's "that"-clause ("Decides that MONUC shall …"): group `subject` up to a modal, else `opening`, its first words */
  thatSubject: RegExp;
  /** other operative verbs: they end a request clause that runs on after a comma ("…, welcomes …") */
  clauseVerbs: readonly string[];
  /** words after a verb that open a "that"-clause */
  thatClause: RegExp;
  /** a request made with "that" ("Demands that all parties immediately cease …"): group `subject`, the addressee, up to the verb that opens the action */
  thatRequest: RegExp;
  /** what stands between an addressee and its action: " to " followed by a verb */
  actionStart: RegExp;
  /** a request of a thing, its addressee unsaid ("and requests also a final report to the Committee no later than …"): made to the addressee of the request before it */
  requestedThing: RegExp;
  /** words after a comma inside an addressee that open an aside, not more addressees ("seeking perspectives …", "especially those …") */
  addresseeAside: RegExp;
  /** words of a time that end the addressee with no comma before them ("the Secretary-General within 60 days from …") */
  addresseeTime: RegExp;
  /** adverbials printed between the verb and the addressee ("in this regard"), not part of the addressee */
  addresseeLead: RegExp;
  /** a word before " to " that makes it a preposition, not the start of an action ("pursuant to resolution …") */
  prepositionalTo: RegExp;
  /** an action that is (or includes) reporting to the Council */
  reportingAction: RegExp;
  /**
   * a report asked for with no time, owed all the same: the request proper ("Requests", not "Urges" or "Encourages"),
   * one of `verbs`, and an action that is a report ("to report to the Council thereon", "to submit a report on …"), `action`
   */
  unscheduledReport: { verbs: readonly string[]; action: RegExp };
  /** "every three months", "on a quarterly basis": groups `count`, `unit`, or `named` (a word in `namedPeriods`) */
  periodic: RegExp;
  /** period words to their length */
  namedPeriods: Record<string, { months?: number; days?: number }>;
  /** "within 180 days after the adoption of this resolution": groups `count`, `unit`, and `adoption` when the start is said */
  relative: RegExp;
  /** a due date counted back from the mandate's expiry ("at least one month before UNMHA's mandate is due to expire"): groups `count`, `unit` */
  beforeExpiry: RegExp;
  /** a report due when the mandate ends ("before the end of the present mandate", "at the end of this period") */
  atExpiry: RegExp;
  /** what stands right before a due month ("by the end of February 2020", "in September 2021"): the month's end is due */
  byBeforeMonth: RegExp;
  /** what stands right before a due date: "by ", "no later than ", "on " */
  byBeforeDate: RegExp;
  /** what joins the dates of a list of due dates ("on 15 February 2021, 15 June 2021 and 11 October 2021") */
  dateListJoin: RegExp;
  /** "… and every three months thereafter": a periodic schedule starting at a fixed date */
  thereafter: RegExp;
  /** "to resume inspections no later than 45 days following adoption … and to update the Council 60 days thereafter": a period added to the one before it; groups `count`, `unit` */
  thereafterOffset: RegExp;
  /** a condition stated before a period whose start is unsaid ("…, and, if prohibited items … are found, further requires such Member States to submit … within 30 days"): the period runs from that event, not from the adoption; group `condition` */
  conditionBefore: RegExp;
  /** "keep the Council fully informed if …", "immediately inform the Council should …", "report … when such incidents occur": group `condition` */
  event: RegExp;
  /** "coordinate its reporting with … paragraph 47": group `paragraph` */
  alignedWithParagraph: RegExp;
  /** "in his regular reports", "in his first quarterly report": aligned with the addressee's periodic reports; group `first` for the first only */
  inRegularReports: RegExp;
  /** the word "report": an action that reports delivers a report, whatever else it names */
  report: RegExp;
  /** a letter rather than a report */
  letter: RegExp;
  /** a briefing rather than a report */
  briefing: RegExp;
  /** a named deliverable ("a mission-wide strategic plan", "a long-term roadmap"): group `what` */
  deliverable: RegExp;
  /** a decision binding its subject to report: "that the Panel shall provide …", group `subject`; the action follows the match, or starts at group `lead` (a due date printed before the subject) */
  boundToReport: RegExp;
  /** where a request's next action starts ("…, and provide to the Council a final report"); a global pattern */
  nextAction: RegExp;
  /** units of length to months or days */
  units: Record<string, { months?: number; days?: number }>;
}

const EN_NUMBER = numberPattern('en');
const EN_ORGANISATION = 'African Union[- ]United Nations|United Nations|African Union|European Union';
const EN_MISSION_WORD = 'Mission|Operation|Force|Office|Observer Group|Administration|Organization';
/** capitalised words joined by "of (the)" and "and": "Democratic Republic of the Congo", "Ethiopia and Eritrea" */
const EN_PLACE = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\p{L}'’-]+)*`;
const EN_UNIT = '(?<unit>months?|days?|weeks?|years?)';
/** "after the adoption of this resolution", "from the date of the adoption of the present resolution", "of this mandate's renewal" */
const ADOPTION_EN = String.raw`(?:after|of|from|following)\s+(?:(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:adoption\s+of\s+)?(?:this|the present)\s+resolution|this\s+mandate['’]s\s+renewal|the\s+renewal\s+of\s+(?:this|the)\s+mandate)`;

/** Personnel nouns after a number, longest first; printed in lower case or, in recent resolutions, capitalised. */
const EN_PERSONNEL_NOUNS = [
  'individual police officers', 'individual police personnel', 'formed police unit personnel', 'formed police personnel',
  'formed police officers', 'personnel of formed police units', 'civilian police personnel', 'civilian police officers',
  'civilian police advisers', 'civilian police monitors', 'police personnel', 'police officers', 'police advisers', 'police monitors',
  'civilian police', 'military observers', 'military staff officers', 'staff officers', 'contingent personnel', 'contingent troops',
  'military personnel', 'civilian personnel', 'civilian staff', 'observers', 'troops', 'police',
];

/** An alternation that also matches each word capitalised ("Military Observers"). */
function anyCapitals(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, '\\s+')).join('|');
}

/** Verbs (and adverbs before them) that open the action of a "that"-clause request, as met in the dev corpus. */
const EN_THAT_CLAUSE_VERBS = [
  'immediately', 'urgently', 'swiftly', 'promptly', 'expeditiously', 'unconditionally', 'strictly', 'fully', 'jointly', 'closely',
  'cease', 'provide', 'respect', 'continue', 'ensure', 'cooperate', 'take', 'comply', 'allow', 'refrain', 'fulfil', 'report',
  'guarantee', 'renew', 'make', 'keep', 'implement', 'observe', 'desist', 'grant', 'confirm', 'put', 'suspend', 'end', 'conclude',
  'appoint', 'create', 'support', 'direct', 'concentrate', 'stop', 'reverse', 'return', 'accept', 'transfer', 'deploy', 'withdraw',
  'release', 'abide', 'facilitate', 'halt', 'protect', 'engage', 'adhere', 'lay', 'hold', 'prevent', 'remove', 'agree', 'disarm',
  'reject', 'redouble', 'commit', 'pursue', 'send', 'be', 'submit', 'present', 'brief', 'inform',
];

const en: MandatePhrases = {
  actor: 'Security Council',
  conjunction: 'and',
  conjunctionJoined: false,
  // English sets such words off with commas ("and, in this regard, further requests …")
  clauseLinks: [],
  chapterVII: /Acting under Chapter VII of the Charter(?: of the United Nations)?/,
  missionName: new RegExp(
    String.raw`(?<name>(?:the\s+)?(?:${EN_ORGANISATION})\b[^()]{0,160}?\b(?:${EN_MISSION_WORD})\b[^();]{0,120}?)\s*\((?<acronym>[A-Z][A-Za-z-]{2,}(?:\s[A-Z][A-Za-z]+)?)\)`,
    'g',
  ),
  organisation: new RegExp(String.raw`\b(?:${EN_ORGANISATION})\b`, 'g'),
  missionWord: new RegExp(String.raw`\b(?:${EN_MISSION_WORD})\b`),
  missionReference: /\bthe (?:Mission|Force|Operation)\b/,
  notAMission: /\b(?:Drugs|Crime|Programme|Fund|Children|Refugees|High Commissioner|Human Rights|Development|Environment|Women|Food|Agency|Counter-Terrorism|Disarmament Affairs)\b/,
  mandateOfNamed: /\bmandate of the (?<name>(?:[A-Z][\p{L}-]+\s+){0,6}(?:Mission|Operation|Force|Office))\b/gu,
  missionPlace: new RegExp(String.raw`\b(?:in|for|to)\s+(?<place>(?:the\s+)?${EN_PLACE})\s*$`, 'u'),
  mandateOf: /\b(?:mandate of (?:the )?(?<acronym>[A-Z][A-Z-]{2,})\b|(?<acronym2>[A-Z][A-Z-]{2,})[’']s mandate)/g,
  situationIn: new RegExp(String.raw`\bsituation in (?<place>(?:the\s+)?${EN_PLACE})`, 'u'),
  placeName: EN_PLACE,
  article: /^the\s+/i,
  mandateTerm: /\b(?:extend|renew|establish|prolong|authori[sz]e the continuation|maintain the deployment|continue the mandate)(?:s|ed|ing)?\b/,
  untilBeforeDate: /\b(?:until|through|to|ending(?: on)?|expiring(?: on)?|terminating(?: on)?)\s+(?:the\s+)?$/,
  ownMandate: /\b(?:the present|the current|its) mandate\b/,
  termLength: new RegExp(
    String.raw`\bfor\s+(?:(?:a|an|another)\s+(?:(?:further|initial|additional|new|final|technical)\s+)*period\s+of\s+|(?:a\s+)?(?:further\s+)?)(?<count>${EN_NUMBER})\s+(?<unit>months?|days?|weeks?|years?)`,
    'iu',
  ),
  termStartBeforeDate: /^,?\s*(?:as from|from|beginning(?: on)?|starting(?: on)?|commencing(?: on)?|with effect from|as of|effective)\s+(?:the\s+)?$/,
  lengthBeforeVerb: /^[^,;]{0,60}\bto\s+$/,
  force: /\b(?:all|the)\s+necessary\s+(?:means|measures|action|actions)\b/,
  forceGrant: /\b(?:(?<active>[Aa]uthori[sz]es)|[Aa]uthori[sz](?:ed|ation)|may (?:take|use))\b/,
  pronounGrant: /\bauthori[sz]es\s+(?:it|them)\s+to\s+[^,;]{0,40}$/,
  recallVerbs: ['recalls', 'further recalls'],
  ceilingContext: /\b(?:compris(?:e|es|ing|ed)|consist(?:s|ing)? of|strength|ceiling|up to|maximum of|a total of|force levels?|levels? of|component of)\b/,
  // also "UNMIL's military strength at 8,202 personnel", "a military strength of a maximum of 6,240 United Nations personnel",
  // "a police component of up to 1,951 officers"
  componentCeiling: new RegExp(
    String.raw`\b(?<noun>troop|military|police|civilian)\s+(?:ceiling|strength|component)\s+(?:of|at|to)\s+(?:up to\s+|a maximum of\s+|a total of\s+)?(?<count>${EN_NUMBER})`,
    'gu',
  ),
  personnelCount: new RegExp(
    String.raw`(?<count>${EN_NUMBER})\s+(?:(?:United Nations|[A-Z]{3,}|international|uniformed)\s+)?(?<noun>${anyCapitals(EN_PERSONNEL_NOUNS)})\b`,
    'gu',
  ),
  personnel: [
    [/individual police/, 'individual-police'],
    [/formed police/, 'formed-police'],
    [/police/, 'police'],
    [/observers/, 'military-observers'],
    [/staff officers/, 'staff-officers'],
    [/^contingent/, 'contingent'],
    [/^(?:military|troops?)/, 'military'],
    [/^civilian/, 'civilian'],
  ],
  // also where a reduction starts: "reduced from the December 2004 level of 5,000 troops by 28 February 2005 to …"
  notACeiling: /\b(?:additional|increase(?:d)? (?:of|by)|by up to|reduc(?:e|tion)(?:d)? (?:of|by)|an extra|further|from (?:the|its) (?:[\w’'-]+ ){0,3}(?:level|strength) of)\s+$/,
  // "from 15,000 authorized troops to 13,000"; "… and up to 16 units" adds, it changes nothing
  changedFrom: new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}(?<!\bup\s+)to\s+(?:${EN_NUMBER})`, 'u'),
  increaseClause: /\b(?:increase (?:of|in)|strengthened by|reinforced by|redeploy)\b/g,
  newLevel: /\b(?:to (?:a (?:maximum|total|strength|level) of|up to)|a ceiling of)\b/,
  // also "… up to 4,200 troops …, with a mandate to:", "Decides to adjust the mandate of UNMEE, in order to assist …, to include
  // with immediate effect:"
  taskIntro: /\b(?:following\s+(?:(?:priority|other|additional|core|secondary|main)\s+)?(?:tasks|mandate|functions|responsibilities)|(?:mandate|tasks)\b[^.;:]{0,80}\b(?:as follows|the following))\b|\b(?:with\s+a\s+mandate\s+to|(?:mandate|tasks)\b[^.;:]{0,160}\binclude\b[^.;:]{0,40}):\s*$/,
  otherTasks: /\b(?:other tasks|existing capacities|secondary tasks)\b/,
  // "Request the Secretary-General …" is printed at times without its "s"
  requestVerbs: [
    'requests', 'request', 'further requests', 'also requests', 'requests further', 'requests also', 'reiterates its request', 'reiterates its requests',
    'urges', 'strongly urges', 'further urges', 'also urges',
    'calls upon', 'calls on', 'further calls upon', 'further calls on', 'also calls upon', 'also calls on',
    'demands', 'further demands', 'also demands',
    'encourages', 'further encourages', 'strongly encourages', 'also encourages',
    'invites', 'further invites', 'also invites',
    // "Requires any Member State when it undertakes an inspection … to submit promptly an initial written report"
    'requires', 'further requires', 'also requires',
  ],
  taskVerbs: [
    'requests', 'further requests', 'also requests', 'urges', 'further urges', 'calls upon', 'calls on', 'further calls upon',
    'encourages', 'further encourages', 'strongly encourages', 'authorizes', 'further authorizes', 'also authorizes',
    // variants met in 2000–2009: "and calls also upon the United Nations Operation in Côte d'Ivoire (UNOCI) to bring …",
    // "Calls for UNMIS to support reconciliation …"
    'requests also', 'requests further', 'also urges', 'strongly urges', 'also calls upon', 'also calls on', 'calls also upon',
    'calls also on', 'further calls on', 'also encourages', 'calls for', 'further calls for', 'urgently requests',
    'reiterates its call upon', 'reiterates its call on',
  ],
  // "the mandate of UNMIL shall include …" names the mission's own mandate
  // what stands right before the name: "the Friends of UNMEE", "the expansion of MONUC", "efforts by MINURCAT"; not
  // "the mandate of UNMIL …" (its own mandate) nor "the parties, assisted by UNMIT," or "with the assistance of UNOMIG",
  // a party the mission is to help; "the Secretary-General through his Special Representative" is the Secretary-General
  missionComplement: /^(?!(?:the\s+)?mandate\s+of\s)[^]*(?:(?<!\b(?:assistance|support|help)\s)\bof|(?<!ed)\sby|\bbetween|\bthrough)\s+(?:the\s+|his\s+|her\s+)?$/,
  missionOfficial: /\b(?:the|his|her)\s+Special\s+Representative\b|\bthe\s+(?:Force\s+Commander|Head\s+of\s+Mission|Chief\s+Military\s+Observer|Police\s+Commissioner)\b/,
  // "with the technical and logistical support of UNOCI", "assisted by UNMIT", "in close liaison with MONUC", "together with UNOCI"
  missionAssists: /\b(?:(?:support|assistance|help)\s+(?:of|by|from)|(?:assisted|supported)\s+by|in\s+(?:close\s+)?(?:coordination|cooperation|liaison|consultation|collaboration)\s+with|together\s+with|working\s+(?:(?:closely|in\s+cooperation)\s+)?with)\s/g,
  assistedConjunct: /^(?:[^;]{0,60}?(?:,|\s(?:and|as\s+well\s+as))\s+(?:of\s+|with\s+)?)?(?:the\s+)?$/,
  missionMakeup: /^(?:\w+\s+)?be\s+(?:headed|led|composed|comprised|made\s+up)\s+(?:by|of)\b/,
  // "use all necessary means to carry out its mandate, within its capabilities …", with no purpose of its own after it
  mandateOnly: /^(?:use|take)\s+all\s+necessary\s+(?:means|measures|action)\b[^;]*?\bto\s+(?:carry\s+out|fulfil|discharge)\s+its\s+mandate\b(?![^;]*\bto\s+\p{Ll})/u,
  decisionVerbs: ['decides', 'further decides', 'also decides', 'decides further', 'decides also'],
  // "that, further to paragraph 8 (i) of resolution 1270 (1999), in order to facilitate …, UNAMSIL shall …": asides before the subject
  thatSubject: /^\s*that(?:\s*,(?:[^,;]{1,100},)+?)?\s+(?:(?<subject>[^;]{1,120}?)\s+(?:shall|will|should|is to|may)\s|(?<opening>[^,;]{1,40}))/,
  clauseVerbs: [
    'decides', 'further decides', 'also decides', 'decides further', 'decides also', 'welcomes', 'further welcomes', 'stresses', 'underlines', 'emphasizes', 'underscores',
    'expresses', 'reiterates', 'reaffirms', 'recalls', 'further recalls', 'notes', 'takes note', 'affirms', 'recognizes',
    'condemns', 'strongly condemns', 'commends', 'endorses', 'authorizes', 'further authorizes', 'supports', 'acknowledges',
    'calls for', 'further calls for', 'looks forward', 'approves', 'agrees', 'appeals', 'insists', 'deplores', 'highlights',
  ],
  thatClause: /^\s*that\b/,
  // The subjunctive ("that the parties cease") or, as printed at times, the indicative ("that the Secretary-General reports").
  // "that, after a discussion with the Committee, the Panel of Experts submit …": an aside before the subject
  thatRequest: new RegExp(String.raw`^\s*that(?:\s*,[^,;]{1,80},)?\s+(?<subject>[^;]{1,150}?)\s+(?=(?:${EN_THAT_CLAUSE_VERBS.join('|')})s?\b)`),
  requestedThing: /^\s*(?=an?\s+(?:[\w-]+\s+){0,3}(?:report|update|briefing|assessment)s?\b)/,
  actionStart: /\s(?:to|not to)\s(?!(?:the|a|an|its|their|his|her|this|these|that|those|all|any|each|such|which|whom|date|it)\b)(?=\p{Ll})/u,
  addresseeAside: /^(?:\p{Ll}+ing\b|in\b|with\b|within\b|through\b|consistent\b|especially\b|notably\b|particularly\b|where\b|when\b|as (?:appropriate|necessary|applicable)\b|once\b|upon\b|inter alia\b|including\b|under\b|together\b|acting\b|if\b)/u,
  addresseeTime: /^(?:within|no later than|not later than|immediately|promptly|without delay)\b/,
  // "Reiterates its request to the Mechanism to include …"
  addresseeLead: /^(?:(?:in this (?:regard|context|respect|connection)|in particular|therefore|again|once again|furthermore|moreover|to(?=\s+the\b))\s*,?\s+)+/,
  prepositionalTo: /\b(?:pursuant|according|due|prior|regard|addition|related|relating|referred|access|support|assistance|attention|contributions?|committed|commitment|close|next|up|return|threats?|respect|reference|compared|contrary|subject|respond|response|commensurate|adherence|view|order|regards)$/,
  // "a Special Report"; "to update the Committee on its work by 10 November 2005": updating an audience, not a list;
  // "to provide the Security Council, for its information, with a suggested structure … within 60 days"
  reportingAction: /\b(?:[Rr]eport(?:s|ing)?\b|brief(?:s|ing|ings)?\b|keep\b[^;]{0,40}\binformed\b|inform\b|letter\b|submit\b|present\b|(?:update|provide)\s+(?:the\s+(?:Security\s+)?Council|the\s+Committee|it|them|Council\s+members)\b)/,
  unscheduledReport: {
    verbs: ['requests', 'request', 'further requests', 'also requests', 'requests further', 'requests also', 'reiterates its request', 'reiterates its requests'],
    // the action, or one joined to it ("to continue consultations … and to report to the Security Council thereon")
    action: /(?:^\s*(?:to\s+)?|\band\s+(?:to\s+)?)(?:continue\s+to\s+)?(?:report(?:\s+back)?\b|(?:submit|present|provide)(?:\s*,[^,;]{1,40},)?\s+(?:to\s+(?:the\s+(?:Security\s+)?Council|it)\s*,?\s+|the\s+(?:Security\s+)?Council\s+with\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}report\b)/i,
  },
  periodic: new RegExp(
    String.raw`\b(?:(?:every|each)\s+(?:(?<count>${EN_NUMBER})\s+(?<unit>months?|days?|weeks?|years?)|(?<named>month|year|quarter))|on\s+an?\s+(?<named2>monthly|quarterly|bimonthly|semi-annual|biannual|annual|yearly)\s+basis|(?<![\w-])(?<named3>quarterly|monthly|annually|annual|biennial|twice a year|once a (?:month|year)|every six months|six-monthly|three-monthly|bi-?monthly))\b`,
    'iu',
  ),
  namedPeriods: {
    month: { months: 1 }, monthly: { months: 1 }, bimonthly: { months: 2 }, quarter: { months: 3 }, quarterly: { months: 3 }, 'bi-monthly': { months: 2 }, 'three-monthly': { months: 3 }, 'six-monthly': { months: 6 },
    'semi-annual': { months: 6 }, biannual: { months: 6 }, 'twice a year': { months: 6 }, 'every six months': { months: 6 },
    year: { months: 12 }, annual: { months: 12 }, annually: { months: 12 }, yearly: { months: 12 }, biennial: { months: 24 },
    'once a month': { months: 1 }, 'once a year': { months: 12 },
  },
  // "within 30 days" counts from the adoption even unsaid, not "within two weeks of its reception"; a bare "30 days"
  // only with "after the adoption …"; "within a week" is one; "sixty (60) days" is sixty.
  relative: new RegExp(
    String.raw`(?:\b(?:within|no later than|not later than)\s+|(?=(?:${EN_NUMBER})\s+(?:months?|days?|weeks?|years?)\s+${ADOPTION_EN}))\b(?:(?<count>${EN_NUMBER})(?:\s*\(\d+\))?|an?)\s+${EN_UNIT}\b(?!,?\s+(?:before|prior to)\b|,?\s+(?:of|after|from|following)\s+(?!(?:the\s+)?(?:date\s+of\s+)?(?:(?:the\s+)?adoption|this|the present)\b))(?<adoption>,?\s+${ADOPTION_EN})?`,
    'iu',
  ),
  beforeExpiry: new RegExp(String.raw`\b(?:at least|no later than|not later than)\s+(?<count>${EN_NUMBER})\s+${EN_UNIT}\s+(?:before|prior to)\b[^;]*?\b(?:mandate|expir)`, 'iu'),
  atExpiry: /\b(?:(?:well\s+)?before|prior to|at|by)\s+the\s+(?:end|expiry|expiration)\s+of\s+(?:(?:the|its|this)\s+)?(?:(?:present|current)\s+)?(?:mandate(?:\s+period)?|period)\b/i,
  // also a report "due on 31 October 2002", and one named by its date ("in his 15 February 2009 report")
  byBeforeDate: /\b(?:by|no later than|not later than|before|on or before|on|due|in\s+(?:his|her|its|their))\s+(?:the\s+)?$/,
  // "in its April 2021 report": a report named by its month is due then
  byBeforeMonth: /\b(?:by|no later than|not later than|before|in|during)\s+(?:the\s+end\s+of\s+|(?:its|his|her|their)\s+)?$/,
  dateListJoin: /^\s*(?:,\s*(?:and\s+)?|and\s+)$/,
  thereafter: /\bthereafter\b/,
  thereafterOffset: new RegExp(String.raw`(?<!\bevery\s+)\b(?<count>${EN_NUMBER})\s+${EN_UNIT}\s+thereafter\b`, 'iu'),
  // "if prohibited items for supply, sale, or transfer are found", "when it undertakes an inspection"; not "when appropriate"
  conditionBefore: /\b(?:if|when|whenever|once|in the event(?: that)?|in case)\s+(?!(?:appropriate|necessary|needed|required|applicable|possible|feasible|requested)\b)(?<condition>[^,;]+?(?:,\s*\w+)*,?\s+(?:or|and)\s+[^,;]+|[^,;]+)/g,
  event: /\b(?:keep\s+(?:the\s+(?:Security\s+)?Council|it|the\s+Committee|Council\s+members)\s+(?:\w+\s+){0,3}?informed\b|(?:immediately\s+|promptly\s+)?inform\s+(?:the\s+(?:Security\s+)?Council|it)\b(?![’']s)(?:\s+(?:immediately|promptly))?|report\b[^;]*?(?=\b(?:when|if|should|in the event|in case)\b)|report\b[^;]*?\b(?:immediately|without delay|promptly)\b(?:,[^,;]*,)?[^;]*?(?=\bany\b))\s*(?<condition>[^;]*)/,
  alignedWithParagraph: /\b(?:(?:coordinate|align|synchroni[sz]e)\s+(?:its|his|her|their)\s+reporting\b[^;]*?|\breports?\s+(?:requested|referred to|mandated)\s+in\s+)paragraph\s+(?<paragraph>\d+)/,
  // also "in the same reports" (not "the recommendations contained in these reports", reports already received)
  inRegularReports: /\b(?:in|into|through|as part of)\s+(?:(?:his|her|its|their)\s+(?<first>first\s+|next\s+)?(?:(?:regular|periodic|upcoming|future|quarterly|monthly|annual|biannual|six-monthly|three-monthly|\d+-day)\s+)*report(?:s|ing)?|the same reports)\b/,
  report: /\breport(?:s|ing)?\b/,
  letter: /\bletters?\b/,
  briefing: /\bbrief(?:s|ing|ings)?\b/,
  boundToReport: /^\s*that\s+(?<subject>[^;]{1,120}?)\s+(?:shall|will|should|is to)\s+(?=(?:\w+ly\s+)?(?:report|submit|provide|present|brief|inform|keep\b[^;]{0,40}\binformed)\b)/,
  // "…, and except in months when these reports are due, updates each month"
  nextAction: /,\s+(?:and|as well as)\s+(?:to\s+)?(?=(?:provide|submit|present|report|brief|update)\b|except\s+in\s+(?:the\s+)?months\b)|,\s+(?:(?:and|as well as)\s+)?(?=an?\s+(?:[\w-]+\s+){0,2}(?:report|update|briefing)\b)/g,
  deliverable: /\b(?<what>an?\s+(?:[\w-]+\s+){0,4}?(?:plan|roadmap|road map|strategy|assessment|review|study|concept|framework|benchmarks|recommendations|options|proposals?|update)|(?:(?:regular|monthly|quarterly|written|oral|further)\s+)?updates)\b/,
  units: {
    day: { days: 1 }, days: { days: 1 }, week: { days: 7 }, weeks: { days: 7 },
    month: { months: 1 }, months: { months: 1 }, year: { months: 12 }, years: { months: 12 },
  },
};

const FR_NUMBER = numberPattern('fr');
/** French words may start or end with accented letters, where `\b` (ASCII) does not see a word edge. */
const FR_START = String.raw`(?<![\p{L}\d])`;
const FR_END = String.raw`(?![\p{L}\d])`;
const FR_UNIT = String.raw`(?<unit>mois|jours?|semaines?|ans?)`;
const FR_ADOPTION = String.raw`(?:après|suivant|à compter de)\s+(?:la\s+date\s+d['’])?l?['’]?adoption\s+de\s+la\s+présente\s+résolution`;
/** a place after "au", "en": a capitalised word and what follows it up to the end of the name ("République démocratique du Congo") */
const FR_PLACE = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:(?:de la|du|des|de|et)\s+)?[\p{L}'’-]+)*`;
const FR_INFINITIVE = String.raw`(?:(?:lui|leur|le|se|s['’]|l['’]|les|y|en)\s*)?\p{Ll}+(?:er|ir|re|oir)${FR_END}`;

/** French: enough to read 2020 renewals (term, mission, ceilings, force, requests, reporting, tasks outside lists). */
const fr: Partial<MandatePhrases> = {
  actor: 'Conseil de sécurité',
  conjunction: 'et',
  chapterVII: /Agissant en vertu du Chapitre VII de la Charte(?: des Nations Unies)?/,
  // French names the mission word first: "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)"
  missionName: new RegExp(
    String.raw`(?<name>(?:Mission|Opération|Force|Bureau)\b[^()]{0,160}?\b(?:des Nations Unies|de l['’]Union africaine)\b[^();]{0,120}?)\s*\((?<acronym>[A-Z][A-Za-z-]{2,})\)`,
    'gu',
  ),
  // agencies and programmes named like a mission ("Office des Nations Unies contre la drogue et le crime (ONUDC)")
  notAMission: /(?<![\p{L}])(?:drogue|crime|[Pp]rogramme|[Ff]onds|enfance|réfugiés|Haut-Commissa\p{L}*|droits de l['’]homme|développement|environnement|femmes|alimentaire|Agence)(?![\p{L}])/u,
  organisation: /\b(?:Mission|Opération|Force|Bureau)\b/gu,
  missionWord: /\b(?:Nations Unies|Union africaine)\b/u,
  missionReference: /\bla (?:Mission|Force)\b/u,
  missionPlace: new RegExp(String.raw`${FR_START}(?:au|aux|en|à|pour le|pour la|pour l['’]|dans le)\s+(?<place>${FR_PLACE})\s*$`, 'u'),
  mandateOf: /\bmandat (?:de la |du |de l['’])(?<acronym>[A-Z][A-Z-]{2,})\b/gu,
  situationIn: new RegExp(String.raw`\bsituation (?:au|en|à|dans le)\s+(?<place>${FR_PLACE})`, 'u'),
  article: /^(?:la|le|les|l['’])\s*/i,
  // the infinitive or the participle ("créée en application de …"); "maintenir … le déploiement" with its date between
  mandateTerm: new RegExp(
    String.raw`${FR_START}(?:(?:prorog|renouvel|prolong)(?:er|é|ée|és|ées)|cré(?:er|é|ée|és|ées)|établi(?:r|e|s|es)?|recondui(?:re|t|te|ts|tes)|maintenir(?=\s[^;]{0,40}déploiement))${FR_END}`,
    'u',
  ),
  untilBeforeDate: /\bjusqu['’](?:au|à)\s+$/u,
  termLength: new RegExp(
    String.raw`\b(?:pour|pendant)\s+une\s+(?:nouvelle\s+)?période\s+(?:initiale\s+)?(?:supplémentaire\s+)?d(?:e\s+|['’]\s*)(?<count>${FR_NUMBER}|un)\s+${FR_UNIT}`,
    'iu',
  ),
  termStartBeforeDate: /^,?\s*(?:à compter du|à partir du|à dater du|commençant le|prenant effet le)\s+$/u,
  force: /\b(?:tous (?:les )?moyens nécessaires|toutes (?:les )?mesures nécessaires)/u,
  forceGrant: /\b(?:(?<active>[Aa]utorise)|[Aa]utoris(?:é|ée|ation))/u,
  pronounGrant: /(?:\bl['’]autorise|\bautorise\s+(?:celle|celui|celles|ceux)-ci)\s+à\s+[^,;]{0,40}$/u,
  recallVerbs: ['rappelle'],
  // "l'effectif maximal autorisé", "un effectif maximum de", "la réduction à 13 000 militaires du plafond"
  ceilingContext: /\b(?:maxim(?:um|ums|al|ale|aux|ales)|jusqu['’]à|plafond|effectifs? autorisés?|réduction à)/u,
  // French puts what makes a number a change after its noun: "295 militaires excédentaires", "500 policiers supplémentaires"
  personnelCount: new RegExp(
    String.raw`(?<count>${FR_NUMBER})\s+(?<noun>observateurs militaires|officiers d['’]état-major|policiers hors unités constituées|policiers des unités (?:de police )?constituées|membres d['’]unités de police constituées|militaires|policiers|soldats|observateurs|civils)${FR_END}(?!\s+(?:excédentaires|supplémentaires))`,
    'gu',
  ),
  personnel: [
    [/hors unités/, 'individual-police'],
    [/unités/, 'formed-police'],
    [/policiers/, 'police'],
    [/observateurs/, 'military-observers'],
    [/état-major/, 'staff-officers'],
    [/militaires|soldats/, 'military'],
    [/civils/, 'civilian'],
  ],
  taskIntro: /\btâches (?:prioritaires |secondaires )?(?:suivantes|ci-après|énumérées ci-après)/u,
  otherTasks: /\b(?:autres tâches|capacités existantes|tâches secondaires)/u,
  requestVerbs: [
    'prie', 'prie également', 'prie en outre', 'demande', 'demande également', 'demande instamment', 'exige', 'exhorte',
    'engage', 'engage vivement', 'engage instamment', 'encourage', 'invite',
    // "…, lui demande également de lui remettre ce rapport …": the addressee is the request's before
    'enjoint', 'enjoint également', 'lui demande', 'lui demande également', 'lui demande en outre', 'lui demande enfin', 'le prie', 'le prie également', 'le prie en outre',
  ],
  taskVerbs: [
    'prie', 'prie également', 'prie en outre', 'demande', 'engage', 'encourage', 'autorise', 'autorise également',
    // "exhorte l'AMISOM à veiller …", "Demande instamment à la MINUSMA et au Gouvernement malien de redoubler …"
    'demande également', 'demande instamment', 'exhorte', 'engage vivement', 'engage instamment', 'encourage vivement',
  ],
  // French has no possessive: "la priorité stratégique de la MINUAD" is "UNAMID's strategic priority", and "le mandat de la
  // MINUSS" the mission's own; else a preposition right before the name makes it a complement ("l'appui aux FARDC par la
  // MONUSCO", "les contingents de la MINUSMA", "coopérer avec la FNUOD"), not a help ("avec l'appui de la MONUSCO")
  missionComplement: new RegExp(
    String.raw`^(?!(?:le\s+|son\s+)?mandat\s+(?:de\s+la|du|de\s+l['’]))[^]*(?<!(?:mandat|priorité|priorités|objectif|objectifs|tâches)(?:\s+stratégiques?)?\s+)(?<!(?:appui|soutien|assistance|aide|concours)\s+)(?:${FR_START}(?:de|du|des|par|entre|avec|pour|sur|contre|envers)(?:\s+(?:la|le|les)\s+|\s+l['’]|\s+))$`,
    'u',
  ),
  missionOfficial: /(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a)\s+Représentante?\s+spéciale?(?![\p{L}])|(?<![\p{L}])(?:le|la)\s+(?:commandant\s+de\s+la\s+force|cheffe?\s+de\s+(?:la\s+)?mission|chef\s+des\s+observateurs\s+militaires|chef\s+de\s+la\s+police)(?![\p{L}])/u,
  // "avec l'appui de la MONUSCO", "en coordination avec le Gouvernement malien et la MINUSMA", "appuyé par la MINUAD"
  missionAssists: /(?<![\p{L}])(?:(?<!à\s+l['’])(?:appui|soutien|assistance|aide|concours)\s+(?:de|du|des|fourni\p{L}*\s+par|apporté\p{L}*\s+par)|(?:aidée?s?|appuyée?s?|soutenue?s?|assistée?s?)\s+par|en\s+(?:étroite\s+)?(?:coordination|coopération|liaison|consultation|collaboration|concertation)\s+avec|de\s+concert\s+avec)(?=[\s'’])\s*/gu,
  assistedConjunct: /^(?:[^;]{0,60}?(?:,|\set|\sainsi\s+que)\s+(?:de\s+|avec\s+)?)?(?:la\s+|le\s+|les\s+|l['’]|du\s+|de\s+la\s+|de\s+l['’])?$/u,
  missionMakeup: /^\s*(?:\p{L}+\s+)?(?:être|sera|seront|est|sont)\s+(?:dirigée?s?|composée?s?|constituée?s?)\s+(?:par|de|d['’])/u,
  // "user de tous les moyens nécessaires pour accomplir son mandat", with no purpose of its own after it
  mandateOnly: /(?:^|,\s*à\s+)(?:user|utiliser|prendre)\s+(?:de\s+)?(?:tous\s+les\s+moyens|toutes\s+les\s+mesures)\s+nécessaires[^;]*?(?<![\p{L}])(?:pour|afin\s+de|de\s+manière\s+à)\s+(?:accomplir|exécuter|remplir|s['’]acquitter\s+de)\s+son\s+mandat(?![^;]*(?<![\p{L}])(?:pour|afin\s+de|de\s+manière\s+à)\s+\p{Ll})/u,
  // "Décide que la MINUSS continuera d'être chargée …", "Décide que, comme le Gouvernement iraquien l'a demandé …, le
  // Représentant spécial … et la Mission s'attacheront à …": the subject up to a verb in the future or "doit", else its first words
  thatSubject: /^\s*qu(?:e|['’])(?:\s*,(?:[^,;]{1,200},)+?)?\s*(?:(?<subject>[^;]{1,120}?)\s+(?=(?:(?:se|s['’]|lui|leur|en|y)\s*)?(?:doit|doivent|devra|devront|devrait|devraient|est|sont|\p{Ll}+(?:ra|ront))(?![\p{L}]))|(?<opening>[^,;]{1,60}))/u,
  decisionVerbs: ['décide', 'décide également', 'décide en outre', 'décide aussi'],
  clauseVerbs: [
    'décide', 'décide également', 'se félicite', 'salue', 'souligne', 'rappelle', 'prend note', 'exprime', 'réaffirme', 'réitère',
    'condamne', 'note', 'insiste', 'autorise', 'approuve', 'appuie', 'constate', 'considère', 'estime', 'affirme', 'déplore',
    'déclare',
  ],
  thatClause: /^\s*que\b/u,
  thatRequest: new RegExp(String.raw`^\s*que\s+(?<subject>[^;]{1,150}?)\s+(?=(?:cessent|respectent|prennent|mettent|coopèrent|veillent|s['’]abstiennent|libèrent|(?:lui\s+|leur\s+)?fassent?\s+rapport)${FR_END})`, 'u'),
  actionStart: new RegExp(String.raw`\s(?:de|d['’]|à)\s?(?=${FR_INFINITIVE})`, 'u'),
  addresseeAside: /^(?:\p{Ll}+ant\b|en\b|dans\b|notamment\b|en particulier\b|lorsqu|selon\b|y compris\b|agissant\b|si\b)/u,
  addresseeLead: /^(?:à\s+cet\s+égard\s*,?\s+|(?:à|au|aux)\s+)+/u,
  // "faire le point", "faire chaque mois le point", "faire un point complémentaire": an update, "un point sur la situation"; "lui communiquer un projet de structure"
  reportingAction: /\b(?:faire rapport|rendre compte|rapports?|exposés?|tenir\b[^;]{0,40}\binformé|informer|lettres?|présenter|soumettre|mises? à jour|(?:lui|leur)\s+communiquer|(?:un|le)\s+point\s+sur|faire\s+(?:[\p{L}-]+\s+){0,2}?(?:le|un)\s+point)/u,
  // "tous les 60 jours", "tous les mois", "chaque mois", "mensuellement", "des mises à jour mensuelles", "l'exposé annuel";
  // not a report's name ("dans son troisième rapport trimestriel"), one report of a series
  periodic: new RegExp(
    String.raw`${FR_START}(?:tous\s+les\s+(?:(?<count>${FR_NUMBER})\s+${FR_UNIT}|(?<named>mois|trimestres|semestres|ans))|chaque\s+(?<named2>mois|trimestre|semestre|année)|(?<!rapports?\s+)(?<named3>mensuel|trimestriel|semestriel|annuel)(?:le|s|les|lement)?)${FR_END}`,
    'u',
  ),
  namedPeriods: {
    mois: { months: 1 }, mensuel: { months: 1 }, trimestre: { months: 3 }, trimestres: { months: 3 }, trimestriel: { months: 3 },
    semestre: { months: 6 }, semestres: { months: 6 }, semestriel: { months: 6 }, année: { months: 12 }, ans: { months: 12 }, annuel: { months: 12 },
  },
  // "dans un délai de 60 jours après l'adoption …", or the count alone: "onze mois après la date d'adoption …"
  relative: new RegExp(String.raw`${FR_START}(?:(?:dans un délai de|dans les)\s+)?(?<count>${FR_NUMBER})\s+${FR_UNIT},?\s+${FR_ADOPTION}`, 'u'),
  // "au moins un mois avant la date à laquelle le mandat de la Mission doit venir à expiration"
  beforeExpiry: new RegExp(String.raw`${FR_START}(?:au moins|au plus tard)\s+(?<count>${FR_NUMBER})\s+${FR_UNIT}\s+avant\b[^;]*?(?:mandat|expiration)`, 'u'),
  atExpiry: /(?<![\p{L}])(?:(?:bien\s+)?avant|à)\s+(?:la\s+fin|l['’]expiration)\s+(?:du|de son|de ce)\s+(?:présent\s+)?mandat/u,
  byBeforeDate: /\b(?:d['’]ici au|d['’]ici le|avant le|au plus tard le|le)\s+$/u,
  byBeforeMonth: /\b(?:d['’]ici (?:à )?(?:la )?fin|avant (?:la )?fin|au plus tard (?:à la fin|en)|en|rapport)\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?$/u,
  // "le 15 février 2021, le 15 juin 2021 et le 11 octobre 2021"
  dateListJoin: /^\s*(?:,\s*(?:et\s+)?(?:le\s+)?|et\s+(?:le\s+)?)$/u,
  thereafter: /\bpar la suite\b/u,
  event: /\btenir\b[^;]{0,40}?\binformé(?:s)?(?![\p{L}])\s*(?<condition>[^;]*)/u,
  alignedWithParagraph: /\bcoordonner\s+(?:ses|leurs\s+rapports|la\s+présentation)\b[^;]*?\bparagraphe\s+(?<paragraph>\d+)/u,
  // "dans ses rapports trimestriels", "dans les rapports qu'il lui présente tous les six mois": his own reports, the period theirs
  inRegularReports: /\bdans\s+(?:(?:ses|leurs)\s+(?:prochains\s+)?rapports(?:\s+(?:trimestriels|périodiques|réguliers))?|les\s+rapports\s+qu['’](?:il|elle)\s+(?:lui\s+)?présente(?:\s+tous\s+les\s+[^,;]{1,20})?|son\s+(?<first>premier\s+|prochain\s+)?rapport\s+(?:trimestriel|périodique|régulier))/u,
  report: /\brapports?\b/u,
  letter: /\blettres?\b/u,
  briefing: /\bexposés?\b/u,
  deliverable: /\b(?<what>(?:un|une)\s+(?:[\p{L}-]+\s+){0,3}?(?:plan|feuille de route|stratégie|évaluation|examen|étude|cadre)(?:\s+à\s+(?:long|moyen|court)\s+terme)?)/u,
  // "que le Groupe lui remettra …", "que le Groupe d’experts devra lui présenter …"
  boundToReport: /^\s*qu(?:e\s+|['’])(?<subject>[^;]{1,120}?)\s+(?=(?:(?:lui|leur)\s+)?(?:remettra|présentera|soumettra|communiquera|fera\s+rapport|rendra\s+compte|fournira|informera)(?![\p{L}])|(?:devra|devront)\s+(?:(?:lui|leur)\s+)?(?:remettre|présenter|soumettre|communiquer|faire\s+rapport|rendre\s+compte|fournir|informer)(?![\p{L}]))/u,
  nextAction: /,\s+(?:et\s+)?(?=(?:de|d['’])\s*(?:lui\s+|leur\s+)?(?:présenter|soumettre|remettre|communiquer|faire rapport|rendre compte|fournir|adresser)\b)|,?\s+et\s+(?=un\s+(?:[\p{L}-]+\s+){0,2}rapport\b|(?:lui|leur)\s+(?:remettra|présentera|soumettra|communiquera|fournira)(?![\p{L}]))|,\s+(?=un\s+(?:[\p{L}-]+\s+){0,2}rapport\b)|,\s+ainsi\s+qu['’]\s*(?=une?\s)/gu,
  units: { mois: { months: 1 }, jour: { days: 1 }, jours: { days: 1 }, semaine: { days: 7 }, semaines: { days: 7 }, an: { months: 12 }, ans: { months: 12 } },
};

const ES_NUMBER = numberPattern('es');
const ES_START = String.raw`(?<![\p{L}\d])`;
const ES_END = String.raw`(?![\p{L}\d])`;
const ES_UNIT = String.raw`(?<unit>mes(?:es)?|días?|semanas?|años?)`;
/** "a partir de la aprobación de la presente resolución", "desde la aprobación de esta resolución", "siguientes a la prórroga del mandato vigente" */
const ES_ADOPTION = String.raw`(?:después de|a partir de|tras|desde|siguientes a)\s+(?:la\s+)?(?:aprobación\s+de\s+(?:la\s+presente|esta)\s+resolución|su\s+aprobación|prórroga\s+del\s+mandato(?:\s+vigente)?)`;
/** a place after "en": a capitalised word and what follows it up to the end of the name ("República Democrática del Congo") */
const ES_PLACE = String.raw`[A-ZÁÉÍÓÚ][\p{L}'’-]+(?:\s+(?:(?:de la|del|de los|de|y)\s+)?[\p{L}'’-]+)*`;

/** Spanish: the term, mission, ceilings, force, requests and reporting of renewals, as the 2020 texts print them. */
const es: Partial<MandatePhrases> = {
  actor: 'Consejo de Seguridad',
  // "e" before a word starting with i: "e insta a la UNFICYP …"
  conjunction: '(?:y|e)',
  chapterVII: /Actuando en virtud del Capítulo VII de la Carta(?: de las Naciones Unidas)?/,
  // Spanish names the mission word first: "Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí (MINUSMA)"
  missionName: new RegExp(
    String.raw`(?<name>(?:Misión|Operación|Fuerza|Oficina)\b[^()]{0,160}?\b(?:de las Naciones Unidas|de la Unión Africana)\b[^();]{0,120}?)\s*\((?<acronym>[A-Z][A-Za-z-]{2,})\)`,
    'gu',
  ),
  // agencies and programmes named like a mission ("Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)")
  notAMission: /(?<![\p{L}])(?:Droga|Delito|Programa|Fondo|Infancia|Refugiados|Alto Comisionado|Derechos Humanos|Desarrollo|Medio Ambiente|Mujeres|Alimentación|Organismo)(?![\p{L}])/u,
  organisation: /(?<![\p{L}])(?:Misión|Operación|Fuerza|Oficina)(?![\p{L}])/gu,
  missionWord: /\b(?:Naciones Unidas|Unión Africana)\b/u,
  missionReference: /(?<![\p{L}])la (?:Misión|Fuerza)(?![\p{L}])/u,
  missionPlace: new RegExp(String.raw`${ES_START}(?:en|para)\s+(?<place>${ES_PLACE})\s*$`, 'u'),
  mandateOf: /\bmandato de (?:la |el )?(?<acronym>[A-Z][A-Z-]{2,})\b/gu,
  situationIn: new RegExp(String.raw`\bsituación en\s+(?<place>${ES_PLACE})`, 'u'),
  article: /^(?:la|el|los|las)\s+/i,
  // the infinitive or the participle ("establecido en virtud de …"); "mantengan hasta el … el despliegue" with its date between
  mandateTerm: new RegExp(
    String.raw`${ES_START}(?:(?:prorrog|renov|cre)(?:ar|ado|ada|ados|adas)|establec(?:er|ido|ida|idos|idas)|manten(?:er|gan?)(?=\s[^;]{0,40}despliegue))${ES_END}`,
    'u',
  ),
  // "hasta el 31 de julio de 2020", "por un nuevo período que terminará el 31 de julio de 2020"
  untilBeforeDate: new RegExp(String.raw`${ES_START}(?:hasta|que\s+(?:terminará|finalizará|concluirá|vencerá|expirará))(?:\s+el)?\s+$`, 'u'),
  ownMandate: /(?<![\p{L}])(?:el presente|su) mandato(?![\p{L}])/u,
  termLength: new RegExp(
    String.raw`${ES_START}(?:(?:por|durante)\s+un\s+(?:nuevo\s+)?período\s+(?:inicial\s+)?(?:adicional\s+)?de\s+|por\s+otros?\s+)(?<count>${ES_NUMBER}|un)\s+${ES_UNIT}`,
    'iu',
  ),
  termStartBeforeDate: /^,?\s*(?:a partir del|a contar del|con efecto a partir del|desde el|que comenzará el)\s+$/u,
  force: /(?<![\p{L}])(?:todos los medios necesarios|todas las medidas necesarias)/u,
  forceGrant: /(?<![\p{L}])(?:(?<active>[Aa]utoriza)|[Aa]utoriz(?:ado|ada|ación))(?![\p{L}])/u,
  recallVerbs: ['recuerda'],
  // "la dotación máxima autorizada", "un máximo de", "la reducción de la dotación máxima … de 15.000 a 13.000 efectivos militares"
  ceilingContext: /(?<![\p{L}])(?:máxim[oa]s?|hasta|límite|dotación autorizada|efectivos autorizados)(?![\p{L}])/u,
  // "la dotación militar máxima autorizada de 3.550 efectivos", "dotación policial máxima autorizada de 640 efectivos"
  componentCeiling: new RegExp(String.raw`${ES_START}dotación\s+(?<noun>militar|policial)\s+máxima\s+(?:autorizada\s+)?de\s+(?<count>${ES_NUMBER})`, 'gu'),
  personnelCount: new RegExp(
    String.raw`(?<count>${ES_NUMBER})\s+(?<noun>observadores militares|oficiales de Estado Mayor|agentes de policía(?: individuales| no pertenecientes a (?:una|ninguna) unidad constituida)?|efectivos de policía|integrantes de unidades de policía constituidas|efectivos de unidades de policía constituidas|efectivos militares|militares|efectivos|soldados|observadores|civiles)${ES_END}`,
    'gu',
  ),
  // nouns are matched in lower case
  personnel: [
    [/individuales|no pertenecientes/, 'individual-police'],
    [/unidades de policía constituidas/, 'formed-police'],
    [/polic/, 'police'],
    [/observadores/, 'military-observers'],
    [/estado mayor/, 'staff-officers'],
    [/militar|soldados/, 'military'],
    [/civiles/, 'civilian'],
  ],
  taskIntro: /(?<![\p{L}])tareas (?:prioritarias |secundarias )?siguientes|siguientes tareas(?: prioritarias)?(?![\p{L}])/u,
  otherTasks: /(?<![\p{L}])(?:otras tareas|capacidad actual|tareas secundarias)(?![\p{L}])/u,
  requestVerbs: [
    'solicita', 'solicita también', 'solicita además', 'pide', 'pide también', 'exige', 'exhorta', 'insta', 'alienta', 'invita',
  ],
  taskVerbs: [
    'solicita', 'solicita también', 'solicita además', 'pide', 'autoriza', 'autoriza además', 'alienta',
    // "Exhorta a la UNAMID a que …", "Insta a la MINUSMA y al Gobierno de Malí a que redoblen …"
    'solicita asimismo', 'pide también', 'insta', 'insta también', 'exhorta', 'exhorta también', 'alienta también', 'autoriza también',
  ],
  // Spanish has no possessive: "el objetivo estratégico de la MINUSCA" is "MINUSCA's strategic objective", "el mandato de la
  // UNMISS" the mission's own; else a preposition right before the name makes it a complement ("las fuerzas de la AMISOM",
  // "cooperen plenamente con la FNUOS"), not a help ("con el apoyo de la MONUSCO")
  missionComplement: new RegExp(
    String.raw`^(?!(?:el\s+|su\s+)?mandato\s+(?:de\s+la|del|de\s+los))[^]*(?<!(?:mandato|objetivo|objetivos)(?:\s+estratégic[oa]s?)?\s+)(?<!(?:apoyo|asistencia|ayuda|colaboración)\s+)(?:${ES_START}(?:de|del|por|entre|con|para|sobre|contra|hacia)(?:\s+(?:la|el|los|las)\s+|\s+))$`,
    'u',
  ),
  // the addressee comes without its article ("Solicita a la Representante Especial …": "a la" is the addressee's lead)
  missionOfficial: /(?<![\p{L}])(?<!(?:un|una)\s+)Representante\s+Especial(?![\p{L}])|(?<![\p{L}])(?:el|la)\s+(?:Comandante\s+de\s+la\s+Fuerza|Jef[ea]\s+de\s+(?:la\s+)?Misión|Jef[ea]\s+de\s+Observadores\s+Militares|Comisionad[oa]\s+de\s+Policía)(?![\p{L}])/u,
  // "con el apoyo de la MONUSCO", "en coordinación con la AMISOM, los asociados internacionales …", "asistidos por la UNMIT"
  missionAssists: /(?<![\p{L}])(?:con\s+(?:el|la)\s+(?:[\p{L}-]+\s+(?:y\s+)?){0,3}?(?:apoyo|asistencia|ayuda|colaboración)\s+(?:de|del|prestad[oa]s?\s+por)|(?:apoyad[oa]s?|asistid[oa]s?|ayudad[oa]s?|respaldad[oa]s?)\s+por|en\s+(?:estrecha\s+)?(?:coordinación|cooperación|colaboración|consulta|enlace)\s+con|junto\s+con)(?=\s)\s*/gu,
  assistedConjunct: /^(?:[^;]{0,60}?(?:,|\sy|\sasí\s+como)\s+(?:de\s+|con\s+)?)?(?:la\s+|el\s+|los\s+|las\s+|del\s+|de\s+la\s+)?$/u,
  missionMakeup: /^\s*(?:\p{L}+\s+)?(?:estar|estará|estarán|será|serán|es|son|esté)\s+(?:dirigid[oa]s?|encabezad[oa]s?|compuest[oa]s?|integrad[oa]s?)\s+(?:por|de)(?![\p{L}])/u,
  // "utilice todos los medios necesarios para ejecutar su mandato", "tome todas las medidas necesarias para ejecutarlo"
  mandateOnly: /(?:^|,\s*)(?:utilice|use|tome|adopte|utilizar|usar|tomar|adoptar)\s+(?:todos\s+los\s+medios|todas\s+las\s+medidas)\s+necesari[oa]s[^;]*?(?<![\p{L}])(?:para|a\s+fin\s+de)\s+(?:ejecutar|cumplir|desempeñar|llevar\s+a\s+cabo)(?:lo|\s+(?:su|el)\s+mandato)(?![^;]*(?<![\p{L}])(?:para|a\s+fin\s+de)\s+\p{Ll})/u,
  // "Decide que la UNIOGBIS deberá seguir …", "decide además que la UNSOM siga cumpliendo …": the subject up to a verb in the
  // future, "debe" or a verb of continuing, else its first words
  thatSubject: /^\s*(?:además\s+|también\s+|asimismo\s+)?que(?:\s*,(?:[^,;]{1,200},)+?)?\s*(?:(?<subject>[^;]{1,120}?)\s+(?=(?:(?:se|le|les|lo)\s+)?(?:debe|deben|deberá|deberán|debería|deberían|es|será|serán|\p{Ll}+(?:rá|rán)|siga|sigan|mantenga|mantengan|continúe|continúen|esté|estén)(?![\p{L}]))|(?<opening>[^,;]{1,60}))/u,
  decisionVerbs: ['decide', 'decide también', 'decide además', 'decide asimismo'],
  clauseVerbs: [
    'decide', 'decide también', 'acoge con beneplácito', 'celebra', 'destaca', 'subraya', 'recuerda', 'toma nota', 'expresa',
    'reafirma', 'reitera', 'condena', 'observa', 'autoriza', 'aprueba', 'apoya', 'reconoce', 'afirma', 'deplora', 'encomia',
  ],
  thatClause: /^\s*que(?![\p{L}])/u,
  thatRequest: /^\s*que\s+(?<subject>[^;]{1,150}?)\s+(?=(?:cesen|respeten|adopten|pongan|cooperen|velen|se abstengan|liberen|cumplan|sigan|(?:le\s+|les\s+)?(?:presente|proporcione)|(?:lo|la|le|los|les)\s+informen?)(?![\p{L}]))/u,
  // "solicita además que presente al Comité un informe final …": the addressee is the request's before
  requestedThing: /^\s*que\s+(?=(?:le\s+|les\s+)?(?:presente|proporcione|informe)(?![\p{L}]))/u,
  // "Solicita al Secretario General que lo informe …", "Exhorta a las partes a que …": the action opens with "(a) que",
  // also before an aside ("que, a más tardar el 10 de julio de 2020, le presente …", "que 11 meses después … lo informe").
  actionStart: /,?\s(?:a\s+)?que,?\s(?=[\p{L}\d])/u,
  addresseeAside: /^(?:\p{Ll}+(?:ando|iendo)(?![\p{L}])|en(?![\p{L}])|dentro(?![\p{L}])|en particular|incluido|incluida|según(?![\p{L}])|cuando(?![\p{L}])|si(?![\p{L}]))/u,
  addresseeLead: /^(?:(?:al|a la|a los|a las|a)\s+)/u,
  // "presente" after an article is the adjective ("la presente resolución"), not the verb ("le presente un informe")
  reportingAction: /(?<![\p{L}])(?:informe(?:s|n)?|informar|informando|(?<!(?:la|el|del|al|los|las)\s+)presenten?|presentar|exposiciones? informativas?|mantenga\b[^;]{0,40}\binformado|cartas?|someta|información actualizada)(?![\p{L}])/u,
  // "cada 90 días", "cada mes", "mensualmente", "con periodicidad mensual", "exposición informativa anual";
  // not a report's name ("en el tercer informe trimestral"), one report of a series
  periodic: new RegExp(
    String.raw`${ES_START}(?:cada\s+(?:(?<count>${ES_NUMBER})\s+${ES_UNIT}|(?<named>mes|trimestre|semestre|año))|(?<named2>mensual|trimestral|semestral|anual)mente|(?<!informes?\s+)(?<named3>mensual|trimestral|semestral|anual)(?:es)?)${ES_END}`,
    'u',
  ),
  namedPeriods: {
    mes: { months: 1 }, mensual: { months: 1 }, trimestre: { months: 3 }, trimestral: { months: 3 },
    semestre: { months: 6 }, semestral: { months: 6 }, año: { months: 12 }, anual: { months: 12 },
  },
  // "en un plazo de 60 días a partir de la aprobación …", or the count alone: "11 meses después de la aprobación …"
  relative: new RegExp(String.raw`${ES_START}(?:(?:en un plazo de|dentro de(?: los)?)\s+)?(?<count>${ES_NUMBER})\s+${ES_UNIT}\s+${ES_ADOPTION}`, 'u'),
  // "al menos un mes antes de que expire su mandato"
  beforeExpiry: new RegExp(String.raw`${ES_START}(?:al menos|como mínimo|a más tardar)\s+(?<count>${ES_NUMBER})\s+${ES_UNIT}\s+antes\b[^;]*?(?:mandato|expir|venc)`, 'u'),
  atExpiry: /(?<![\p{L}])(?:antes\s+de\s+que\s+(?:finalice|termine|expire)|antes\s+del\s+(?:fin|final|vencimiento)\s+de|al\s+final\s+de|antes\s+de\s+la\s+expiración\s+de)\s+(?:el|este)\s+(?:presente\s+)?(?:mandato|período)/u,
  byBeforeDate: new RegExp(String.raw`${ES_START}(?:a más tardar el|antes del|para el|el)\s+$`, 'u'),
  byBeforeMonth: new RegExp(String.raw`${ES_START}(?:a más tardar (?:a (?:fines|finales) de|en)|antes (?:de (?:fines|finales) de|del fin de)|para (?:fines de|finales de)|en|informe\s+de)\s+$`, 'u'),
  // "el 15 de febrero de 2021, el 15 de junio de 2021 y el 11 de octubre de 2021"
  dateListJoin: /^\s*(?:,\s*(?:y\s+)?(?:el\s+)?|y\s+(?:el\s+)?)$/u,
  thereafter: /(?<![\p{L}])(?:en adelante|a partir de entonces|posteriormente)(?![\p{L}])/u,
  event: /(?<![\p{L}])(?:mantenga|mantener)\b[^;]{0,40}?(?<![\p{L}])informado(?:s)?(?![\p{L}])\s*(?<condition>[^;]*)/u,
  alignedWithParagraph: /(?<![\p{L}])coordin(?:e|ar)\s+(?:sus|su)\s+informes?\b[^;]*?(?<![\p{L}])párrafo\s+(?<paragraph>\d+)/u,
  // "en los informes periódicos que presenta cada 90 días": his own reports, the period theirs
  inRegularReports: /(?<![\p{L}])en\s+(?:sus\s+(?:próximos\s+)?informes|los\s+informes\s+(?:periódicos\s+)?que\s+(?:le\s+)?presenta(?:\s+cada\s+[^,;]{1,20})?|su\s+(?<first>primer\s+|próximo\s+)?informe\s+(?:trimestral|periódico|ordinario))/u,
  report: /(?<![\p{L}])informes?(?![\p{L}])/u,
  letter: /(?<![\p{L}])cartas?(?![\p{L}])/u,
  briefing: /(?<![\p{L}])exposiciones? informativas?(?![\p{L}])/u,
  deliverable: /(?<![\p{L}])(?<what>(?:un|una)\s+(?:[\p{L}-]+\s+){0,3}?(?:plan|hoja de ruta|estrategia|evaluación|examen|estudio|marco)(?:\s+a\s+(?:largo|medio|corto)\s+plazo)?)/u,
  boundToReport: /^\s*que\s+(?<subject>[^;]{1,120}?)\s+(?=(?:(?:le|les)\s+)?(?:presente|presentará|informe|informará|proporcione|proporcionará)(?![\p{L}]))/u,
  // "…, así como información actualizada mensualmente": "as well as"
  nextAction: /,?\s+y\s+(?:que\s+(?=(?:le\s+|les\s+)?(?:presente|proporcione|informe)(?![\p{L}]))|(?=una?\s+(?:[\p{L}-]+\s+){0,2}(?:informe|actualización)(?![\p{L}])))|,\s+(?=una?\s+(?:[\p{L}-]+\s+){0,2}informe(?![\p{L}]))|,\s+así\s+como\s+(?=(?:una?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:informes?|información|actualización|actualizaciones)(?![\p{L}]))/gu,
  units: {
    mes: { months: 1 }, meses: { months: 1 }, día: { days: 1 }, días: { days: 1 }, semana: { days: 7 }, semanas: { days: 7 },
    año: { months: 12 }, años: { months: 12 },
  },
};

const RU_NUMBER = numberPattern('ru');
/** Russian words are Cyrillic, where `\b` (ASCII) sees no word edge. */
const RU_START = String.raw`(?<![\p{L}\d])`;
const RU_END = String.raw`(?![\p{L}\d])`;
const RU_UNIT = String.raw`(?<unit>месяц(?:а|ев)?|дн(?:я|ей)|день|недел(?:я|ю|и|ь)|год(?:а)?|лет)${RU_END}`;
/** "с даты принятия настоящей резолюции", "после принятия настоящей резолюции" */
const RU_ADOPTION = String.raw`(?:с\s+(?:даты|момента)|после)\s+(?:ее\s+)?принятия(?:\s+настоящей\s+резолюции)?`;
/** an infinitive opens a request's action ("просит Генерального секретаря представлять …"); nouns in -сть are not verbs */
const RU_INFINITIVE = String.raw`\p{Ll}+(?:[^с\s]ть|чь|вести|нести|йти|сти(?=сь))(?:ся|сь)?${RU_END}`;
/** adverbials printed between the addressee and the infinitive belong to the action ("каждые три месяца представлять", "раз в три месяца предоставлять") */
const RU_ACTION_LEAD = String.raw`(?:(?:и\s+далее|впредь|регулярно|ежемесячно|ежеквартально|незамедлительно|оперативно|срочно|безотлагательно|в\s+срочном\s+порядке|(?:каждые|раз\s+в)\s+(?:${RU_NUMBER}\s+)?\p{L}+|(?:не\s+позднее|к)\s+(?:чем\s+)?[^,;]{1,40}?года|к\s+концу\s+\p{L}+\s+\d{4}\s+года|в\s+течение\s+${RU_NUMBER}\s+\p{L}+[^,;]{0,60}?резолюции)\s+)*`;
const RU_MISSION_WORD = String.raw`[Мм]исси\p{L}*|[Оо]пераци\p{L}*|[Сс]ил(?:ы|ам|ами|ах)?|[Оо]тделени\p{L}*|[Кк]онтингент\p{L}*`;
/** a paragraph or resolution cited between a ceiling's component and its number: "в пункте 11 резолюции 1701 (2006)" */
const RU_REFERENCE = String.raw`(?:пункт\p{L}*|резолюци\p{L}*)\s+\d+(?:\s*\(\d{4}\))?`;
/** Russian adjectives before a mission word ("Многопрофильную комплексную миссию") end in these */
const RU_ADJECTIVE = String.raw`\p{L}+(?:ая|яя|ую|юю|ой|ей|ые|ие|ых|их|ого|его|ий|ый|ое|ее)`;

/** Russian: term, mission, ceilings, force, requests and reporting as the 2020 texts print them; operative verbs are lower case. */
const ru: Partial<MandatePhrases> = {
  actor: 'Совет Безопасности',
  conjunction: 'и',
  clauseLinks: ['в этой связи', 'в связи с этим', 'с этой целью', 'в этом контексте'],
  chapterVII: /[Дд]ействуя на основании главы VII Устава(?: Организации Объединенных Наций)?/u,
  // "Многопрофильную комплексную миссию Организации Объединенных Наций по стабилизации в Мали (МИНУСМА)", in the case the sentence needs
  missionName: new RegExp(
    String.raw`(?<name>(?:[А-ЯЁ]${RU_ADJECTIVE}\s+(?:${RU_ADJECTIVE}\s+){0,3})?(?:${RU_MISSION_WORD})${RU_END}[^()]{0,80}?(?:Организации Объединенных Наций|Африканского союза)${RU_END}[^();]{0,120}?)\s*\((?<acronym>[А-ЯЁA-Z][А-ЯЁA-Z-]{2,})\)`,
    'gu',
  ),
  organisation: new RegExp(String.raw`${RU_START}(?:[А-ЯЁ]${RU_ADJECTIVE}\s+(?:${RU_ADJECTIVE}\s+){0,3})?(?:${RU_MISSION_WORD})${RU_END}`, 'gu'),
  missionWord: /Организации Объединенных Наций|Африканского союза/u,
  missionReference: /(?<![\p{L}])(?:Миссия|Миссии|Миссию|Миссией)(?![\p{L}])/u,
  notAMission: /Управлени\p{L}* по наркотикам|Программ\p{L}*|Фонд\p{L}*|Верховн\p{L}* комиссар\p{L}*/u,
  mandateOf: new RegExp(String.raw`${RU_START}мандат(?:а|ом|е)?\s+(?<acronym>[А-ЯЁA-Z][А-ЯЁA-Z-]{2,})${RU_END}`, 'gu'),
  mandateTerm: new RegExp(String.raw`${RU_START}(?:продлить|продлевает|продлевать|продлен[аоы]?|возобновить|учредить|учреждает|учрежден\p{L}*|создать|сохран(?:ить|ять)\s+развертывание|сохран(?:ить|ять)(?=\s+до\s))${RU_END}`, 'u'),
  // "до 30 июня 2021 года", "на дополнительный период, заканчивающийся 31 января 2021 года"
  untilBeforeDate: new RegExp(String.raw`${RU_START}(?:до|по|заканчивающ\p{L}+|истекающ\p{L}+)\s+$`, 'u'),
  ownMandate: new RegExp(String.raw`${RU_START}(?:нынешн\p{L}+|текущ\p{L}+|действующ\p{L}+|свой|своего|его|ее|их)\s+мандат\p{L}*`, 'u'),
  termLength: new RegExp(
    String.raw`${RU_START}(?:еще\s+)?(?:на|в\s+течение)\s+(?:(?:новый|дополнительный|первоначальный|последующий|очередной|еще\s+один)\s+)*(?:период\s+(?:в\s+)?)?(?:еще\s+)?(?<count>${RU_NUMBER})\s+${RU_UNIT}`,
    'iu',
  ),
  termStartBeforeDate: /^,?\s*(?:начиная\s+с|с|считая\s+с)\s+$/u,
  force: new RegExp(String.raw`${RU_START}(?:все|всех)\s+необходим\p{L}+\s+(?:средств\p{L}*|мер\p{L}*|действи\p{L}*)`, 'u'),
  forceGrant: new RegExp(String.raw`${RU_START}(?:(?<active>[Уу]полномочива(?:ет|ть)|[Уу]полномочить|[Рр]азрешает)|уполномочен\p{L}*|санкционир\p{L}+|может\s+принимать|могут\s+принимать)${RU_END}`, 'u'),
  recallVerbs: ['напоминает'],
  ceilingContext: new RegExp(String.raw`${RU_START}(?:численност\p{L}+|максимальн\p{L}+|предельн\p{L}+|до|на\s+уровне|не\s+более)${RU_END}`, 'u'),
  // "максимальной численностью личного состава военного компонента в 17 000 человек", "военный персонал численностью до 11 650 человек",
  // "численности военнослужащих, санкционированной в пункте 11 резолюции 1701 (2006), с 15 000 до 13 000 человек" (the ceiling is the new one)
  componentCeiling: new RegExp(
    String.raw`${RU_START}(?<!(?:военного|полицейского)\s+и\s+)(?<noun>военнослужащих|военного\s+(?:компонента|персонала)|военный\s+персонал|полицейских|полицейского\s+(?:компонента|персонала)|полицейский\s+персонал)(?:[^;\d]|${RU_REFERENCE}){0,80}?\s(?:в|(?:с\s+${RU_NUMBER}\s+)?до|на\s+уровне)\s+(?<count>${RU_NUMBER})\s+человек${RU_END}`,
    'gu',
  ),
  // "13 289 военнослужащих и 1920 полицейских", "480 военных наблюдателей и штабных офицеров", "591 сотрудник полиции"
  personnelCount: new RegExp(
    String.raw`(?<count>${RU_NUMBER})\s+(?<noun>военных\s+наблюдателей|штабных\s+офицеров|полицейских,\s+(?:служащих\s+по\s+индивидуальным\s+контрактам|набранных\s+на\s+индивидуальной\s+основе)|(?:сотрудник(?:ов|а)?|человек)\s+в\s+составе\s+сформированных\s+полицейских\s+подразделений|сотрудник(?:ов|а)?\s+сформированных\s+полицейских\s+подразделений|военнослужащи(?:х|й)|полицейских|сотрудник(?:ов|а)?\s+полиции|гражданских\s+сотрудников)${RU_END}`,
    'gu',
  ),
  personnel: [
    [/индивидуальн/, 'individual-police'],
    [/сформированных/, 'formed-police'],
    [/полиц/, 'police'],
    [/наблюдател/, 'military-observers'],
    [/штабных/, 'staff-officers'],
    [/военн/, 'military'],
    [/гражданск/, 'civilian'],
  ],
  // a change, a floor ("как минимум 1040"), a withdrawal: not a ceiling
  notACeiling: new RegExp(String.raw`${RU_START}(?:дополнительн\p{L}+|увеличени\p{L}+\s+на|сокращени\p{L}+\s+на|еще|как\s+минимум|не\s+менее|по\s+меньшей\s+мере|вывода)\s+$`, 'u'),
  taskIntro: new RegExp(String.raw`${RU_START}(?:следующие\s+(?:\p{L}+\s+)?задачи|задачи\s+(?:\p{L}+\s+)?следующ\p{L}+)`, 'u'),
  otherTasks: new RegExp(String.raw`${RU_START}(?:другие\s+задачи|имеющихся\s+сил\s+и\s+средств|второстепенные\s+задачи)`, 'u'),
  requestVerbs: [
    'просит', 'просит также', 'просит далее', 'просит в этой связи', 'настоятельно призывает', 'настоятельно призывает также',
    'призывает', 'призывает также', 'требует', 'требует также', 'рекомендует', 'рекомендует также', 'предлагает', 'побуждает',
  ],
  taskVerbs: [
    'просит', 'просит также', 'просит далее', 'уполномочивает', 'уполномочивает также', 'призывает', 'рекомендует',
    // "настоятельно призывает МИНУСМА и правительство Мали удвоить …", "обращается с просьбой и призывом к Специальному представителю …"
    'призывает также', 'настоятельно призывает', 'настоятельно призывает также', 'рекомендует также', 'уполномочивает далее',
    'обращается с просьбой', 'обращается с просьбой и призывом',
  ],
  // a preposition right before the name makes it a complement ("сотрудничать с СООННР", "в составе АМИСОМ"), and so do nouns
  // that govern it in the genitive as English does with "of" ("поддержки Специальному представителю", "до истечения срока
  // действующего мандата МИНУСМА", "стратегический приоритет МИНУСМА"), not "мандат МИНУСМА" where the text starts (its own)
  missionComplement: new RegExp(
    String.raw`^(?!мандат\p{L}*\s)[^]*${RU_START}(?:с|со|в|во|при|между|для|от|из|через|на|за|под|перед|о|об|по|силами|поддержки|помощи|содействия|приоритет\p{L}*|мандат\p{L}*)\s+$`,
    'u',
  ),
  missionOfficial: new RegExp(String.raw`${RU_START}(?:Специальн\p{L}+\s+представител\p{L}*|Командующ\p{L}+\s+Сил(?:ами)?|Глав\p{L}+\s+Миссии|Руководител\p{L}+\s+Миссии|Главн\p{L}+\s+военн\p{L}+\s+наблюдател\p{L}+|Комиссар\p{L}*\s+полиции)${RU_END}`, 'u'),
  // "при поддержке МООНСДРК", "в координации с АМИСОМ, международными партнерами …", "в тесном сотрудничестве с МООНЛ", "вместе с ОООНКИ"
  missionAssists: new RegExp(String.raw`${RU_START}(?:при\s+(?:\p{L}+\s+)?(?:поддержке|содействии|помощи)|с\s+(?:\p{L}+\s+)?(?:помощью|поддержкой)|в\s+(?:тесной\s+|тесном\s+)?(?:координации|сотрудничестве|взаимодействии|консультации)\s+с|вместе\s+с)(?=\s)\s*`, 'gu'),
  assistedConjunct: /^(?:[^;]{0,60}?(?:,|\sи|\sа\s+также)\s+(?:с\s+|со\s+)?)?(?:со\s+стороны\s+)?$/u,
  missionMakeup: new RegExp(String.raw`^\s*(?:(?:долж(?:ен|на|но|ны)|будет|будут)\s+)?(?:возглавля\p{L}+|состоять|состоит|состоят|формироваться)${RU_END}`, 'u'),
  // "использовать все необходимые средства для выполнения своего мандата", "принимать все необходимые меры для выполнения ею своего мандата"
  mandateOnly: new RegExp(
    String.raw`(?:^|,\s*)(?:использовать|принимать|принять|применять)\s+все\s+необходимые\s+(?:средства|меры)[^;]*?${RU_START}(?:для|в\s+целях)\s+(?:выполнения|осуществления)\s+(?:\p{L}+\s+){0,2}?(?:своего|его|ее)\s+мандата(?![^;]*${RU_START}(?:для|в\s+целях|с\s+тем\s+чтобы|чтобы)\s)`,
    'u',
  ),
  // "постановляет, что ЮНИОГБИС должно и далее функционировать …", "…, что МООНСОМ надлежит продолжать …", "…, что стратегическим
  // приоритетом ЮНАМИД является …": the subject up to a modal or "является", else its first words
  thatSubject: new RegExp(
    String.raw`^\s*,?\s*что(?:\s*,(?:[^,;]{1,200},)+?)?\s*(?:(?<subject>[^;]{1,120}?)\s+(?=(?:долж(?:ен|на|но|ны)|будет|будут|надлежит|следует|является|являются|продолжит|продолжат|сохранит|сохранят)${RU_END})|(?<opening>[^,;]{1,60}))`,
    'u',
  ),
  decisionVerbs: ['постановляет', 'постановляет также', 'постановляет далее'],
  clauseVerbs: [
    'постановляет', 'постановляет также', 'постановляет далее', 'приветствует', 'подчеркивает', 'особо отмечает', 'напоминает',
    'ссылается', 'принимает к сведению', 'отмечает', 'выражает', 'вновь заявляет', 'вновь подтверждает', 'подтверждает',
    'осуждает', 'решительно осуждает', 'одобряет', 'уполномочивает', 'поддерживает', 'признает', 'заявляет', 'с удовлетворением отмечает',
    'выражает намерение', 'выражает сожаление', 'высоко оценивает', 'сохраняет', 'сохраняет при этом',
  ],
  thatClause: /^\s*,?\s*(?:к\s+тому,\s*)?чтобы(?![\p{L}])/u,
  // "просит, чтобы федеральное правительство Сомали представило …": the verb after "чтобы" is in the past tense
  thatRequest: /^\s*,?\s*(?:к\s+тому,\s*)?чтобы\s+(?<subject>[^;]{1,150}?)\s+(?=\p{Ll}+(?:л|ла|ло|ли)(?:ся|сь)?(?![\p{L}]))/u,
  actionStart: new RegExp(String.raw`\s(?=${RU_ACTION_LEAD}${RU_INFINITIVE})`, 'u'),
  addresseeAside: /^(?:\p{Ll}+(?:я|в|вшись)\s|в\s|с\s|в\s+частности|особенно|включая|согласно|при\s|действу\p{L}*)/u,
  addresseeLead: /^(?:в\s+этой\s+связи\s*,?\s+|также\s+|далее\s+)+/u,
  reportingAction: new RegExp(String.raw`${RU_START}(?:доклад\p{L}*|докладывать|информировать|информирова\p{L}+|брифинг\p{L}*|письм\p{L}+|представ\p{L}+|сообщать|отчет\p{L}*|обновленн\p{L}*\s+информаци\p{L}*)`, 'u'),
  periodic: new RegExp(
    String.raw`${RU_START}(?:(?:каждые|раз\s+в|не\s+реже\s+(?:чем\s+)?(?:одного\s+раза\s+в\s+|каждые\s+)?)\s*(?<count>${RU_NUMBER})\s+${RU_UNIT}|(?:на\s+)?(?<named>ежемесячн|ежекварталь|ежегодн|раз\s+в\s+полгода|каждые\s+полгода)\p{L}*)`,
    'iu',
  ),
  // stems: "ежемесячно", "на ежемесячной основе", "ежемесячные отчеты"
  namedPeriods: { ежемесячн: { months: 1 }, ежекварталь: { months: 3 }, 'раз в полгода': { months: 6 }, 'каждые полгода': { months: 6 }, ежегодн: { months: 12 } },
  // "в течение 90 дней", "через шестьдесят дней"; "включая шестимесячный период с даты настоящего продления мандата": the
  // length in one word, a unit of its own (see `units`)
  relative: new RegExp(
    String.raw`${RU_START}(?:(?:в\s+течение|не\s+позднее\s+(?:чем\s+)?через|через)\s+(?<count>${RU_NUMBER})\s+|включая\s+(?=\p{L}+месячный\s+период))(?<unit>месяц(?:а|ев)?|дн(?:я|ей)|день|недел(?:я|ю|и|ь)|год(?:а)?|лет|\p{L}+месячный)${RU_END}(?:\s+(?<adoption>${RU_ADOPTION})|(?!\s+(?:после|с|со\s+дня)\s))`,
    'u',
  ),
  // "за месяц до даты истечения": a unit without a count is one
  beforeExpiry: new RegExp(String.raw`${RU_START}(?:не\s+позднее\s+(?:чем\s+)?)?за\s+(?:(?<count>${RU_NUMBER})\s+)?${RU_UNIT}\s+до\s+(?:даты\s+)?(?:истечения|окончания)`, 'u'),
  atExpiry: /(?<![\p{L}])до\s+(?:истечения|окончания)\s+(?:срока\s+(?:действия\s+)?)?(?:нынешнего\s+)?мандата/u,
  // a date right after the addressee of the report is when it is due ("представить доклады Совету 15 февраля 2021 года")
  byBeforeDate: new RegExp(String.raw`${RU_START}(?:к|не\s+позднее(?:\s+чем)?|до|Совету(?:\s+Безопасности)?)\s+$`, 'u'),
  byBeforeMonth: new RegExp(String.raw`${RU_START}(?:к|не\s+позднее(?:\s+чем)?|до|в)\s+(?:концу\s+)?$`, 'u'),
  // the year's "года" stands after each date of the list
  dateListJoin: /^\s*(?:года\s*)?(?:,\s*(?:и\s+)?|и\s+)$/u,
  thereafter: new RegExp(String.raw`${RU_START}(?:а\s+затем|в\s+дальнейшем|после\s+этого)${RU_END}`, 'u'),
  event: new RegExp(String.raw`${RU_START}(?:(?:постоянно\s+|незамедлительно\s+)?(?:информировать|держать\s+(?:\p{L}+\s+){0,3}?в\s+курсе))${RU_END}(?<condition>[^;]*?(?:в\s+случае|если|когда)[^;]*)`, 'u'),
  alignedWithParagraph: new RegExp(String.raw`${RU_START}(?:координировать|увязывать)\s+(?:свою\s+|свои\s+)?(?:отчетность|доклады|представление\s+докладов)[^;]*?пункт\p{L}*\s+(?<paragraph>\d+)`, 'u'),
  inRegularReports: new RegExp(String.raw`${RU_START}в\s+(?:сво(?:их|ем)\s+)?(?<first>первом\s+|следующем\s+)?(?:(?:регулярн|периодическ|очередн|ежеквартальн)\p{L}+\s+)+доклад\p{L}*`, 'u'),
  report: new RegExp(String.raw`${RU_START}доклад\p{L}*`, 'u'),
  letter: new RegExp(String.raw`${RU_START}письм(?:о|а|ом)${RU_END}`, 'u'),
  briefing: new RegExp(String.raw`${RU_START}брифинг\p{L}*`, 'u'),
  // the thing asked for, in the accusative: "независимый стратегический обзор", "дорожную карту"
  deliverable: new RegExp(String.raw`${RU_START}(?<what>(?:\p{L}+\s+){0,3}?(?:план|дорожную\s+карту|стратегию|оценку|обзор|исследование))${RU_END}`, 'u'),
  // "…, а также (просит) представлять …", "… промежуточный доклад не позднее … и заключительный доклад не позднее …", "… и что не позднее … она представит …"
  nextAction: /,\s+а\s+(?:также\s+(?:просит\s+)?(?=представ|доклад|информир)|(?=не\s+позднее))|\s+и\s+(?:(?=(?:\p{L}+\s+){0,2}доклад)|что\s*,?\s*(?=[^;]*?(?:представ|доклад|информир)))/gu,
  // "постановляет, что Группа экспертов должна представить …", "…, что не позднее 15 сентября 2020 года Группа представит …": the
  // due date before the subject opens the action
  boundToReport: new RegExp(
    String.raw`^\s*,?\s*что\s+(?<lead>(?:не\s+позднее|к)\s+(?:чем\s+)?[^,;]{1,40}?года\s+)?(?<subject>[^,;]{1,80}?)\s+(?=(?:(?:должн\p{L}*|будет|будут)\s+)?(?:(?:регулярно|и\s+далее)\s+)?(?:представит|представят|представлять|представить|проинформирует|информировать|доложит|докладывать)${RU_END})`,
    'u',
  ),
  units: {
    месяц: { months: 1 }, месяца: { months: 1 }, месяцев: { months: 1 }, день: { days: 1 }, дня: { days: 1 }, дней: { days: 1 },
    неделя: { days: 7 }, неделю: { days: 7 }, недели: { days: 7 }, недель: { days: 7 }, год: { months: 12 }, года: { months: 12 }, лет: { months: 12 },
    трехмесячный: { months: 3 }, шестимесячный: { months: 6 }, двенадцатимесячный: { months: 12 },
  },
};

const ZH_NUMBER = numberPattern('zh');
/** Chinese counts months with a measure word ("六个月"), other units without ("90天") */
const ZH_UNIT = String.raw`个?(?<unit>月|年|天|日|周|星期)`;
/** what opens the action after the addressee in a run without spaces ("请秘书长在本决议通过后…", "授权马里稳定团使用…") */
const ZH_ACTION_VERBS = [
  '在', '于', '每', '向', '继续', '确保', '使用', '采取', '提交', '报告', '通报', '提供', '与', '就', '根据', '按照', '依照', '通过', '考虑',
  '作出', '制定', '进行', '加强', '支持', '协助', '立即', '定期', '至迟', '不迟于', '最迟', '酌情', '充分', '全面', '设法', '审查', '评估',
  '落实', '执行', '遵守', '停止', '开展', '促进', '努力', '利用', '加倍', '维持', '保持', '履行', '处理', '迅速', '帮助', '将', '把', '对',
  // "请秘书长争取增加…" (seek to)
  '争取',
];

/** Chinese: term, mission, Chapter VII, force, ceilings, requests and reporting; the text runs without spaces. */
const zh: Partial<MandatePhrases> = {
  actor: '安全理事会',
  conjunction: '并',
  chapterVII: /(?:根据|依照|依据)《(?:联合国)?宪章》第七章(?:采取行动)?/u,
  // "联合国马里多层面综合稳定团(马里稳定团)": the short name in brackets, ASCII or full-width
  missionName: /(?<name>(?:非洲联盟-联合国|联合国|非洲联盟)[^()（）,，、；;。《》]{2,60}?(?:团|行动|部队|办事处|综合办|建和办))\s*[(（](?<acronym>[^()（）,，、；;。]{2,12})[)）]/gu,
  organisation: /非洲联盟-联合国|联合国|非洲联盟/gu,
  missionWord: /团|行动|部队|办事处|综合办|建和办/u,
  notAMission: /毒品和犯罪问题办公室|开发计划署|儿童基金会|难民署|人权|粮食|妇女署|机构/u,
  // "决定将马里稳定团任务期限延长至…": the short name right after the verb or a stop, before "(的)任务"
  mandateOf: /(?<=[，、；：“(（]|将|把|延长|授权|请|决定|对)(?![将把对])(?<acronym>\p{Script=Han}{2,8}?(?:团|行动|部队|综合办|建和办))(?=的?任务)/gu,
  // "继续部署…直至" (maintain the deployment until), "所设的…监测组…继续支持委员会12个月" (established … for twelve months)
  mandateTerm: /延长|延至|延续|续延|设立|续设|所设|继续部署/u,
  untilBeforeDate: /(?:至|到|直至)\s*$/u,
  ownMandate: /(?:当前|目前|本|其)任务/u,
  termLength: new RegExp(String.raw`(?:延长|延续|为期|续延|继续\p{Script=Han}{1,8}?)(?<count>${ZH_NUMBER})${ZH_UNIT}`, 'u'),
  termStartBeforeDate: /^，?\s*(?:从|自)\s*$/u,
  force: /一切必要(?:手段|措施|行动)/u,
  forceGrant: /(?<active>授权)|获授权|可(?:以)?采取/u,
  recallVerbs: ['回顾'],
  ceilingContext: /至多|最多|上限|核定|不超过|不得超过/u,
  // "兵力上限为17 000人", "核定警力上限维持在640名警务人员", "部队人数上限由核定15 000人减至13 000人" (the new ceiling)
  componentCeiling: new RegExp(
    String.raw`(?<noun>兵力|警力|部队人数|军事人员|警务人员)上限(?:为|维持在|保持在|定为|由(?:核定)?${ZH_NUMBER}(?:人|名)?(?:减至|增至|降至|调至))?(?<count>${ZH_NUMBER})(?:人|名)`,
    'gu',
  ),
  personnelCount: new RegExp(
    String.raw`(?<count>${ZH_NUMBER})名(?<noun>军事观察员|军事参谋人员|参谋人员|单派警察|建制警察部队人员|建制警察|警务人员|警察|军事人员|军人|部队人员|文职人员)`,
    'gu',
  ),
  personnel: [
    [/单派/, 'individual-police'],
    [/建制/, 'formed-police'],
    [/警/, 'police'],
    [/观察员/, 'military-observers'],
    [/参谋/, 'staff-officers'],
    [/军|兵|部队/, 'military'],
    [/文职/, 'civilian'],
  ],
  notACeiling: /(?:增加|增派|额外|另外|减少)$/u,
  // "马里稳定团的任务应包括以下优先工作：" (the following priority tasks)
  taskIntro: /(?:下列|以下)(?:优先|其他)?(?:任务|工作)|任务(?:如下|包括下列)/u,
  otherTasks: /其他任务|现有能力|次要任务/u,
  // "为此请秘书处…": "in this regard" printed before the verb
  requestVerbs: ['为此请', '为此还请', '请', '还请', '又请', '并请', '再次请', '促请', '还促请', '敦促', '还敦促', '吁请', '呼吁', '鼓励', '还鼓励', '要求', '还要求', '邀请'],
  // "敦促非索特派团确保…", "鼓励南苏丹特派团…探索", "要求并鼓励秘书长特别代表领导…" (requests and encourages)
  taskVerbs: ['请', '还请', '又请', '授权', '还授权', '又授权', '敦促', '还敦促', '促请', '还促请', '鼓励', '还鼓励', '要求并鼓励'],
  // the word right before the short name makes it a complement ("与联塞部队合作", "部署到非索特派团的", "支持联刚稳定团");
  // "的" after it makes it the possessor ("中非稳定团的战略目标", "MINUSCA's strategic objective"), the party
  missionComplement: /(?:与|同|向|对|由|通过|支持|协助|部署到|派往|配合|在)$/u,
  missionOfficial: /特别代表|部队指挥官|特派团团长|警务专员|首席军事观察员/u,
  // "与非索特派团、国际伙伴…进行协调", "在联刚稳定团酌情支持下", "在国际社会和联刚稳定团的支持下", "由联东综合团协助"
  missionAssists: /与(?=[^，；。]{0,60}?(?:协调|合作|协作|配合|密切联络))|在(?=[^，；。]{0,40}?(?:支持|协助|帮助|援助)下)|由(?=[^，；。]{0,30}?(?:协助|支持))/gu,
  assistedConjunct: /^(?:[^，；。]{0,40}?(?:、|和|及|以及|与))?$/u,
  missionMakeup: /^(?:应当|应|将)?(?:继续)?由[^，；]{1,40}?(?:领导|率领|组成)/u,
  // "使用一切必要手段执行任务", "根据自身能力，在部署区内使用一切必要手段执行任务", with nothing after it
  mandateOnly: /(?:^|，)[^；，]{0,30}?(?:使用|采取)一切必要(?:手段|措施|行动)(?:来|以)?(?:执行|履行|完成)(?:其|自身的?|本身的?)?任务(?:规定)?(?=$|[，；。])(?![^；]*?(?:以便|以期|从而))/u,
  // "决定联几建和办应继续…", "决定，非洲联盟-联合国达尔富尔混合行动(达尔富尔混合行动)应维持…", "决定中非稳定团的战略目标是…":
  // the subject up to its modal or "是", past an adverbial set off by a comma
  thatSubject: /^[，,]?(?:[^；。]{1,120}?[，,])??(?<subject>[^，,；。]{1,40}?)(?=应当|应|将|须|必须|是)/u,
  decisionVerbs: ['决定', '还决定', '又决定'],
  clauseVerbs: [
    '决定', '还决定', '又决定', '欢迎', '强调', '强调指出', '着重指出', '重申', '回顾', '注意到', '表示', '谴责', '强烈谴责', '赞扬',
    '授权', '还授权', '支持', '核可', '确认', '申明', '认识到', '表示注意到', '再次强调',
  ],
  actionStart: new RegExp(`(?=${ZH_ACTION_VERBS.join('|')})`, 'u'),
  // "向安全理事会提出建议采用的架构": put before the Council
  reportingAction: /报告|通报|介绍|告知|信函|向(?:安全理事会|安理会)提出/u,
  // "全面年度通报": an annual briefing; "半年度报告": a six-monthly report
  // not a report of a series ("第三次每三个月报告", the third three-month report)
  periodic: new RegExp(String.raw`(?<!第\p{Script=Han}{1,3}次)每(?:隔)?(?<count>${ZH_NUMBER})${ZH_UNIT}|(?<named>每个月|每月|按月|每季度|每半年|半年度|每年|年度)`, 'u'),
  namedPeriods: { 每个月: { months: 1 }, 每月: { months: 1 }, 按月: { months: 1 }, 每季度: { months: 3 }, 每半年: { months: 6 }, 半年度: { months: 6 }, 每年: { months: 12 }, 年度: { months: 12 } },
  // "在本决议通过后6个月内", "在本决议通过后90天内"
  // "在此次延长任务期后六个月内": counted from this renewal, the adoption
  relative: new RegExp(String.raw`(?:(?<adoption>(?:在|自)?(?:本决议通过(?:之日)?|(?:此次|本次)延长任务期)(?:后|起))|在)(?<count>${ZH_NUMBER})${ZH_UNIT}(?:内|时)`, 'u'),
  beforeExpiry: new RegExp(String.raw`任务(?:期)?(?:到期|期满|结束)(?:前)?至少(?<count>${ZH_NUMBER})${ZH_UNIT}(?:前|之前)`, 'u'),
  atExpiry: /任务期(?:结束|期满|届满)(?:之)?前/u,
  byBeforeDate: /(?:在|于|至迟于|不迟于|最迟于|至迟在|最迟在|不晚于)\s*$/u,
  byBeforeMonth: /(?:在|于|至迟于|不迟于|最迟于|至迟在|最迟在|不晚于)\s*$/u,
  dateListJoin: /^\s*(?:、|和|及|，)$/u,
  thereafter: /其后|此后|之后每/u,
  // "如发现禁止供应、出售或转移的物项，还要求这些会员国在30天内…提交"
  conditionBefore: /(?:如果|如|若|一旦)(?<condition>[^，,；;]+)/gu,
  alignedWithParagraph: /报告工作与(?:上文|下文)?第(?<paragraph>\d+)段/u,
  // "在提交安理会的半年度报告中": in its six-monthly reports
  inRegularReports: /在[^，；]{0,20}?(?<first>第一份|第一次|下一次|下次)?(?:定期|例行|季度|半年度|年度)报告中/u,
  report: /报告/u,
  letter: /信函/u,
  briefing: /通报|情况介绍/u,
  // what the action makes or submits ("制定一个…长期路线图"), not a plan it names ("《国家恢复与建设和平计划》")
  deliverable: /(?:制定|拟订|拟定|提交|提出|提供|进行|开展)(?:一[个份项次])?(?<what>[^，；《》]{0,20}?(?:路线图|计划|战略|评估|审查|研究))/u,
  // "决定专家小组应在与委员会讨论后，至迟于…提交中期报告": the verb may follow an adverbial set off by a comma
  boundToReport: /^[，,]?\s*(?<subject>[^，；]{1,30}?)应(?=[^，；]{0,40}?(?:[，,][^，；]{0,40}?)?(?:提交|通报|报告|介绍))/u,
  // "…，至迟于2021年5月1日提交最后报告，除应提交报告的月份外，每月通报最新情况": updates each month, an action of their own
  nextAction: /，(?:(?:并|并且)(?=[^；]*?(?:提交|通报|报告|介绍))|(?=(?:不迟于|至迟于|最迟于)[^，；]*?(?:提交|通报))|(?=(?:除[^，；]*外，)?(?:每|按)\p{Script=Han}{0,4}?(?:提交|通报|报告)))/gu,
  units: { 月: { months: 1 }, 年: { months: 12 }, 天: { days: 1 }, 日: { days: 1 }, 周: { days: 7 }, 星期: { days: 7 } },
};

const AR_NUMBER = numberPattern('ar');
/** Arabic words are not ASCII (no `\b`), and short vowel marks may be printed: "يمدِّد", "شهرًا" */
const AR_START = String.raw`(?<![\p{L}])`;
const AR_END = String.raw`(?![\p{L}\u064B-\u0652])`;
const AR_MARKS = String.raw`[\u064B-\u0652]*`;
const AR_UNIT = String.raw`(?<unit>شهر(?:ا|ًا)?|أشهر|شهور|يوم(?:ا|ًا)?|أيام|أسبوع(?:ا|ًا)?|أسابيع|سنة|سنوات|عام(?:ا|ًا)?|أعوام)${AR_END}`;
/** the month a due date names, after the Levantine name and its slash where both are printed ("شباط/فبراير") */
const AR_MONTH_PAIR = String.raw`(?:\p{L}+(?:\s+\p{L}+)?\s*/\s*)?`;
const AR_MISSION_WORD = 'بعثة|قوة|عملية|مكتب';
/** "الأمم المتحدة", or "للأمم المتحدة" with the preposition joined ("بعثة متكاملة للأمم المتحدة") */
const AR_ORGANISATION = '(?:ال|لل)(?:أمم المتحدة|اتحاد الأفريقي)';

/** verbal nouns that open a request's action without "أن" */
const AR_ACTION_NOUNS = ['موافاة', 'مواصلة', 'تقديم', 'إطلاع', 'إبلاغ', 'اتخاذ', 'إجراء', 'كفالة', 'ضمان', 'تزويد', 'إدراج', 'وضع', 'القيام', 'العمل'];

/** Arabic: term, mission, Chapter VII, force, ceilings, requests and reporting; "and" is joined to the verb ("ويطلب"). */
const ar: Partial<MandatePhrases> = {
  actor: 'مجلس الأمن',
  conjunction: 'و',
  conjunctionJoined: true,
  chapterVII: /يتصرف بموجب الفصل السابع من (?:ميثاق الأمم المتحدة|الميثاق)/u,
  // "بعثة متكاملة للأمم المتحدة … في السودان (البعثة المتكاملة)": Arabic prints a short name, not an acronym, in brackets
  missionName: new RegExp(
    String.raw`(?<name>${AR_START}(?:${AR_MISSION_WORD})${AR_END}[^()]{0,80}?${AR_ORGANISATION}[^();]{0,120}?)\s*\((?<acronym>(?:ال)(?:${AR_MISSION_WORD})(?:\s+ال\p{L}+){0,3})\)`,
    'gu',
  ),
  organisation: new RegExp(String.raw`${AR_START}(?:${AR_MISSION_WORD})${AR_END}`, 'gu'),
  missionWord: new RegExp(AR_ORGANISATION, 'u'),
  // "البعثة", "للبعثة", "بالبعثة": the Mission, with the article and the prepositions joined to it
  missionReference: new RegExp(String.raw`${AR_START}(?:و?(?:ال|لل|بال))(?:بعثة|قوة|عملية)${AR_END}`, 'u'),
  notAMission: /مكتب الأمم المتحدة المعني بالمخدرات|برنامج|صندوق|مفوضية|حقوق الإنسان/u,
  // "ولاية البعثة المتكاملة": the short name the text attaches a mandate to ("البعثة" alone is "the Mission", no name)
  mandateOf: new RegExp(String.raw`${AR_START}ولاي(?:ة|تها)\s+(?<acronym>(?:ال)(?:${AR_MISSION_WORD})(?:\s+ال(?!أمم)\p{L}+){1,3})${AR_END}`, 'gu'),
  // "ولاية بعثة الأمم المتحدة لتقديم المساعدة إلى العراق حتى …": the full name, up to what follows a name
  mandateOfNamed: new RegExp(
    String.raw`${AR_START}ولاي(?:ة|تها)\s+(?<name>(?:${AR_MISSION_WORD})\s+(?:الأمم المتحدة|الاتحاد الأفريقي)(?:\s+(?!حتى|لمدة|على|بصيغتها|وفقا|المحددة|الواردة)[^\s،؛,;()\d]+){0,10})`,
    'gu',
  ),
  // "بمواصلة نشر" (maintain the deployment), "المنشأ بموجب" (established by)
  mandateTerm: new RegExp(String.raw`${AR_START}(?:تمديد|يمد${AR_MARKS}د|تجديد|يجدد|إنشاء|ينشئ|المنشأ|بمواصلة نشر)${AR_END}`, 'u'),
  // "حتى 30 حزيران/يونيه 2021", "إلى غاية 15 تموز/يوليه 2020", "لفترة أخرى تنتهي في 31 تموز/يوليه 2020"
  untilBeforeDate: new RegExp(String.raw`${AR_START}(?:حتى|إلى غاية|لغاية|إلى|تنتهي في)\s*$`, 'u'),
  ownMandate: new RegExp(String.raw`${AR_START}(?:الولاية الحالية|ولايتها|ولايته)${AR_END}`, 'u'),
  // "لمدة ستة أشهر", "ولفترة أولية مدتها 12 شهرا" ("and" joined)
  termLength: new RegExp(String.raw`${AR_START}و?(?:لمدة|لفترة(?:(?:\s+\p{L}+){0,2}?\s+(?:مدتها|قدرها))?)\s+(?<count>${AR_NUMBER})\s+${AR_UNIT}`, 'u'),
  termStartBeforeDate: /^\s*،?\s*(?:اعتبارا من|ابتداء من|من)\s*$/u,
  force: /(?:جميع|كل|كافة)\s+(?:الوسائل|التدابير|الإجراءات)\s+(?:اللازمة|الضرورية)/u,
  forceGrant: new RegExp(String.raw`(?:(?<active>${AR_START}يأذن)|${AR_START}مأذون|${AR_START}الإذن)`, 'u'),
  recallVerbs: ['يشير', 'يذكر'],
  ceilingContext: /أقصاه|الحد الأقصى|حد أقصى|سقف|قوام|لا يتجاوز/u,
  // "289 13 من الأفراد العسكريين و 920 1 من أفراد الشرطة"; individual police officers counted singly, the number
  // sometimes joined to the noun: "148ضابط شرطة", "400 ضابط من ضباط الشرطة"
  personnelCount: new RegExp(
    String.raw`(?<count>${AR_NUMBER})\s*(?:فرد(?:ا|اً)?\s+)?(?:من\s+)?(?<noun>ضابط\s+(?:من\s+ضباط\s+)?(?:ال)?شرطة|المراقبين العسكريين|ضباط الأركان|أفراد وحدات الشرطة المشكلة|(?:أفراد|ضباط) الشرطة الفرادى|الأفراد العسكريين|أفراد الشرطة|ضباط الشرطة|الأفراد المدنيين|جنود|جندي)${AR_END}`,
    'gu',
  ),
  // "القوام الأقصى المأذون به للقوات في حدود 550 3": the troop ceiling
  componentCeiling: new RegExp(String.raw`القوام\s+الأقصى\s+المأذون\s+به\s+(?<noun>للقوات|للشرطة)\s+في\s+حدود\s+(?<count>${AR_NUMBER})`, 'gu'),
  personnel: [
    [/الفرادى|^ضابط/, 'individual-police'],
    [/وحدات/, 'formed-police'],
    [/شرطة/, 'police'],
    [/المراقبين/, 'military-observers'],
    [/الأركان/, 'staff-officers'],
    [/العسكريين|جند|قوات/, 'military'],
    [/المدنيين/, 'civilian'],
  ],
  notACeiling: /(?:زيادة|خفض|إضافة)\s+(?:قدرها\s+)?$/u,
  changedFrom: new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,3}إلى\s+(?:${AR_NUMBER})`, 'u'),
  taskIntro: /المهام\s+(?:ذات\s+الأولوية\s+)?التالية|المهام\s+\p{L}+\s+التالية/u,
  otherTasks: /مهام أخرى|القدرات الحالية|المهام الثانوية/u,
  requestVerbs: ['يطلب', 'يطلب كذلك', 'يطلب أيضا', 'يطلب أيضاً', 'يهيب', 'يهيب كذلك', 'يحث', 'يحث كذلك', 'يشجع', 'يشجع كذلك', 'يدعو', 'يدعو كذلك', 'يطالب', 'يطالب كذلك'],
  taskVerbs: [
    'يطلب', 'يطلب كذلك', 'يطلب أيضا', 'يأذن', 'يأذن كذلك',
    // "يحث البعثة المتكاملة وحكومة مالي على مضاعفة …", "يدعو البعثة إلى تعزيز …", "يشجع البعثة المتكاملة على مواصلة …"
    'يطلب أيضاً', 'يحث', 'يحث كذلك', 'يهيب', 'يهيب كذلك', 'يشجع', 'يشجع كذلك', 'يدعو', 'يدعو كذلك',
  ],
  // a preposition or a noun of a construct right before the name makes it a complement ("مع البعثة", "عمليات قوة الأمم المتحدة")
  missionComplement: new RegExp(String.raw`${AR_START}(?:مع|بين|من|عن|في|على|لدى|تجاه|ضد|عمليات|جهود|قوات|أفراد|مواقع|عناصر|عنصر|دعم|مساعدة)\s+$`, 'u'),
  missionOfficial: new RegExp(String.raw`${AR_START}(?:و?(?:ال|لل|بال))(?:ممثلة?\s+الخاصة?|قائد\s+القوة|رئيسة?\s+البعثة)${AR_END}`, 'u'),
  // "بالتنسيق مع بعثة الاتحاد الأفريقي والشركاء الدوليين", "بدعم من البعثة", "بتنسيق مع القوة المؤقتة"
  missionAssists: new RegExp(
    String.raw`${AR_START}(?:بدعم\s+(?:\p{L}+\s+){0,2}?من|بمساعدة|بتنسيق\s+مع|بالتنسيق\s+(?:الوثيق\s+)?مع|بالتعاون\s+(?:الوثيق\s+)?مع|بالتشاور\s+(?:الوثيق\s+)?مع|جنبا\s+إلى\s+جنب\s+مع)\s+`,
    'gu',
  ),
  assistedConjunct: /^(?:[^؛]{0,60}?(?:،\s*|\s+))?$/u,
  missionMakeup: /^\s*(?:\p{L}+\s+){0,2}?(?:برئاسة|يرأسها|يرأسه|يقودها|يقوده|تتألف|يتألف)/u,
  // "تستخدم جميع الوسائل اللازمة للاضطلاع بولايتها", with no purpose of its own after it
  mandateOnly: new RegExp(
    String.raw`(?:^|،\s*)(?:أن\s+)?(?:تستخدم|يستخدم|استخدام|تتخذ|يتخذ|اتخاذ)\s+(?:جميع|كل|كافة)\s+(?:الوسائل|التدابير)\s+(?:اللازمة|الضرورية)\s+(?:للاضطلاع\s+ب|لتنفيذ\s+|من\s+أجل\s+(?:الاضطلاع\s+ب|تنفيذ\s+))ولايت\p{L}+(?![^؛]*(?:من\s+أجل|بهدف|لكي))`,
    'u',
  ),
  // "يقرر أن يواصل مكتب الأمم المتحدة المتكامل …", "يقرر كذلك أن تضطلع البعثة، …": the verb comes first, then its subject
  thatSubject: /^\s*(?:كذلك\s+|أيضا\s+)?أن\s+(?<opening>[^،؛]{1,60})/u,
  decisionVerbs: ['يقرر', 'يقرر كذلك', 'يقرر أيضا'],
  clauseVerbs: [
    'يقرر', 'يقرر كذلك', 'يقرر أيضا', 'يرحب', 'يؤكد', 'يشدد', 'يكرر', 'يعرب', 'يدين', 'يلاحظ', 'يحيط علما', 'يعيد تأكيد', 'يؤيد',
    'يثني', 'يأذن', 'يسلم', 'يشير', 'يذكر', 'يعترف', 'يدعم', 'يعرب عن', 'يؤكد من جديد',
  ],
  // "يطلب إلى الأمين العام أن يقدم …", "يأذن للبعثة المتكاملة بأن تستخدم …", or a verbal noun ("يطلب إلى فريق الخبراء موافاة …")
  actionStart: new RegExp(String.raw`،?\s+(?:(?:أن|بأن)\s+(?=\p{L})|(?=(?:${AR_ACTION_NOUNS.join('|')})\s))`, 'u'),
  addresseeAside: /^(?:بما في ذلك|ولا سيما|بالتشاور|بالتنسيق|وفقا|حسب|في إطار)/u,
  // "يطلب إلى الأمين العام", "يهيب بجميع الأطراف", "يطلب في هذا الصدد إلى الأمانة العامة"
  addresseeLead: /^(?:في هذا الصدد\s+)?(?:(?:إلى|من)\s+|ب(?=ال|جميع|كل|حكومة|سلطات|الدول))/u,
  // "أن يقدم إلى مجلس الأمن … الهيكل المقترح": submitted to the Council
  reportingAction: /تقرير|تقارير|إحاطة|إحاطات|إبلاغ|يبلغ|يوافي|موافاة|رسالة|يطلع|إطلاع|اطلاع|معلومات مستكملة|(?:يقدم|تقديم)\s+إلى\s+مجلس الأمن/u,
  periodic: new RegExp(
    String.raw`${AR_START}(?:كل\s+(?<count>${AR_NUMBER})\s+${AR_UNIT}|(?<named>شهريا|شهرية|كل شهر|على أساس شهري|فصليا|كل ثلاثة أشهر|كل ستة أشهر|سنويا|السنوية|السنوي|على أساس سنوي))`,
    'u',
  ),
  namedPeriods: {
    شهريا: { months: 1 }, شهرية: { months: 1 }, 'كل شهر': { months: 1 }, 'على أساس شهري': { months: 1 }, فصليا: { months: 3 },
    'كل ثلاثة أشهر': { months: 3 }, 'كل ستة أشهر': { months: 6 }, سنويا: { months: 12 }, السنوية: { months: 12 }, السنوي: { months: 12 },
    'على أساس سنوي': { months: 12 },
  },
  // "في غضون ستة أشهر من اتخاذ هذا القرار", "في غضون 90 يوما من تاريخ اتخاذ", "بعد مضي أحد عشر شهرا على اتخاذه",
  // "في غضون ستة أشهر من تاريخ تجديد هذه الولاية" (the renewal is the adoption)
  relative: new RegExp(String.raw`${AR_START}(?:في غضون|خلال|في موعد لا يتجاوز|بعد مضي)\s+(?<count>${AR_NUMBER})\s+${AR_UNIT}(?!\s+(?:من|بعد)\s+(?!(?:تاريخ\s+)?(?:اتخاذ|تجديد)))`, 'u'),
  // "قبل حلول موعد انتهاء ولايتها بشهر واحد على الأقل"
  beforeExpiry: new RegExp(String.raw`${AR_START}قبل\s+(?:حلول\s+موعد\s+)?انتهاء\s+(?:مدة\s+)?ولاي\p{L}*\s+ب(?<unit>شهر|أسبوع|يوم)\s+(?<count>واحد)`, 'u'),
  atExpiry: /قبل\s+(?:نهاية|انتهاء)\s+(?:فترة\s+|مدة\s+)?(?:ال)?ولاي/u,
  byBeforeDate: new RegExp(String.raw`${AR_START}(?:بحلول|في موعد أقصاه|في أجل أقصاه|في موعد لا يتجاوز|قبل|في)\s*$`, 'u'),
  // "في تقريره لشهر نيسان/أبريل 2021": a report named by its month is due then
  byBeforeMonth: new RegExp(String.raw`${AR_START}(?:(?:بحلول|في موعد أقصاه|في أجل أقصاه|في موعد لا يتجاوز|قبل|في)\s+(?:نهاية\s+)?|تقرير\p{L}*\s+لشهر\s+)${AR_MONTH_PAIR}$`, 'u'),
  dateListJoin: /^\s*(?:،\s*(?:و\s*)?|و\s*)$/u,
  thereafter: /بعد ذلك|فيما بعد/u,
  alignedWithParagraph: /تنسيق\s+تقارير\p{L}*\s+مع\s+تقارير[^؛]*?الفقرة\s+(?<paragraph>\d+)/u,
  inRegularReports: /(?:في|ضمن|من خلال)\s+(?:تقاريره(?:\s+\p{L}+)?\s+(?:المنتظمة|الدورية)|(?<first>أول\s+)?تقرير\s+(?:دوري|فصلي))/u,
  report: /تقرير|تقارير/u,
  letter: /رسالة|رسائل/u,
  briefing: /إحاطة|إحاطات/u,
  // "الاستراتيجية" with the article is mostly the adjective "strategic" ("أهدافها الاستراتيجية"), not a strategy asked for
  deliverable: /(?<what>(?:خطة|خريطة طريق|(?<!ال)استراتيجية|تقييما?|استعراضا?|دراسة)(?:\s+\p{L}+){0,2})/u,
  // The verb comes before its subject: "يقرر أن يقدم الفريق إلى المجلس تقريرا".
  boundToReport: /^\s*أن\s+(?:يقدم|يوافي|يبلغ)\s+(?<subject>ال\p{L}+(?:\s+ال\p{L}+)?)(?=\s)/u,
  nextAction: /،\s*(?:وأن\s+(?=يقدم|يبلغ|يوافي)|(?=و?تقرير))/gu,
  units: {
    شهر: { months: 1 }, شهرا: { months: 1 }, شهرًا: { months: 1 }, أشهر: { months: 1 }, شهور: { months: 1 },
    يوم: { days: 1 }, يوما: { days: 1 }, يومًا: { days: 1 }, أيام: { days: 1 }, أسبوع: { days: 7 }, أسبوعا: { days: 7 }, أسبوعًا: { days: 7 }, أسابيع: { days: 7 },
    سنة: { months: 12 }, سنوات: { months: 12 }, عام: { months: 12 }, عاما: { months: 12 }, عامًا: { months: 12 }, أعوام: { months: 12 },
  },
};

export const MANDATE_PHRASES: Partial<Record<Language, Partial<MandatePhrases>>> = { en, fr, es, ru, zh, ar };
