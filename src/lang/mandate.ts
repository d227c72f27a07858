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
  /** "Acting under Chapter VII of the Charter" */
  chapterVII: RegExp;
  /** a full mission name followed by its acronym: groups `name`, `acronym` */
  missionName: RegExp;
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
  /** a clause that sets a mandate's term: "extend the mandate", "establish" */
  mandateTerm: RegExp;
  /** what stands right before the end date of a term: "until " */
  untilBeforeDate: RegExp;
  /** a term given as a length: "for a period of twelve months": groups `count`, `unit` */
  termLength: RegExp;
  /** authorisation of force: "all necessary means" */
  force: RegExp;
  /** the clause before a force phrase must authorise it: "Authorizes", "is authorized", "may take" */
  forceGrant: RegExp;
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
  /** a paragraph that introduces the mandated tasks ("… mandate shall include the following priority tasks:") */
  taskIntro: RegExp;
  /** a task introduction that lists secondary tasks ("existing capacities", "other tasks") */
  otherTasks: RegExp;
  /** verbs of request clauses ("Requests", "Further requests", "Calls upon"); matched case-insensitively at the first letter */
  requestVerbs: readonly string[];
  /** verbs that give the mission a task outside a task list ("Requests UNMIS to support …", "Authorizes UNMIL to assist …") */
  taskVerbs: readonly string[];
  /** verbs of decisions whose "that"-clause may give the mission a task ("Decides that MONUC shall …") */
  decisionVerbs: readonly string[];
  /** the subject of a "that"-clause ("Decides that MONUC shall …", "Requests that MINUSTAH concentrate …"): group `subject` up to a modal, else `opening`, its first words */
  thatSubject: RegExp;
  /** other operative verbs: they end a request clause that runs on after a comma ("…, welcomes …") */
  clauseVerbs: readonly string[];
  /** what stands between an addressee and its action: " to " followed by a verb */
  actionStart: RegExp;
  /** words after a comma inside an addressee that open an aside, not more addressees ("seeking perspectives …", "especially those …") */
  addresseeAside: RegExp;
  /** adverbials printed between the verb and the addressee ("in this regard"), not part of the addressee */
  addresseeLead: RegExp;
  /** a word before " to " that makes it a preposition, not the start of an action ("pursuant to resolution …") */
  prepositionalTo: RegExp;
  /** an action that is (or includes) reporting to the Council */
  reportingAction: RegExp;
  /** "every three months", "on a quarterly basis": groups `count`, `unit`, or `named` (a word in `namedPeriods`) */
  periodic: RegExp;
  /** period words to their length */
  namedPeriods: Record<string, { months?: number; days?: number }>;
  /** "within 180 days after the adoption of this resolution": groups `count`, `unit` */
  relative: RegExp;
  /** a due date counted back from the mandate's expiry ("at least one month before UNMHA's mandate is due to expire"): groups `count`, `unit` */
  beforeExpiry: RegExp;
  /** what stands right before a due date: "by ", "no later than ", "on " */
  byBeforeDate: RegExp;
  /** what joins the dates of a list of due dates ("on 15 February 2021, 15 June 2021 and 11 October 2021") */
  dateListJoin: RegExp;
  /** "… and every three months thereafter": a periodic schedule starting at a fixed date */
  thereafter: RegExp;
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
  /** units of length to months or days */
  units: Record<string, { months?: number; days?: number }>;
}

const EN_NUMBER = numberPattern('en');
const EN_UNIT = '(?<unit>months?|days?|weeks?|years?)';
const ADOPTION_EN = String.raw`(?:after|of|from|following)\s+(?:the\s+)?(?:adoption|date)\s+of\s+(?:this|the present)\s+resolution`;

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

const en: MandatePhrases = {
  actor: 'Security Council',
  chapterVII: /Acting under Chapter VII of the Charter(?: of the United Nations)?/,
  missionName: new RegExp(
    String.raw`(?<name>(?:the\s+)?(?:African Union[- ]United Nations|United Nations|African Union|European Union)\b[^()]{0,160}?\b(?:Mission|Operation|Force|Office|Observer Group|Administration|Organization)\b[^();]{0,120}?)\s*\((?<acronym>[A-Z][A-Za-z-]{2,}(?:\s[A-Z][A-Za-z]+)?)\)`,
    'g',
  ),
  notAMission: /\b(?:Drugs|Crime|Programme|Fund|Children|Refugees|High Commissioner|Human Rights|Development|Environment|Women|Food|Agency|Counter-Terrorism|Disarmament Affairs)\b/,
  mandateOfNamed: /\bmandate of the (?<name>(?:[A-Z][\p{L}-]+\s+){0,6}(?:Mission|Operation|Force|Office))\b/gu,
  missionPlace: /\b(?:in|for|to)\s+(?<place>(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:of\s+the\s+|and\s+|of\s+)?[A-Z][\p{L}'’-]+)*)\s*$/u,
  mandateOf: /\b(?:mandate of (?:the )?(?<acronym>[A-Z][A-Z-]{2,})\b|(?<acronym2>[A-Z][A-Z-]{2,})[’']s mandate)/g,
  situationIn: /\bsituation in (?<place>(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\p{L}'’-]+)*)/u,
  mandateTerm: /\b(?:extend|renew|establish|prolong|authori[sz]e the continuation|maintain the deployment)(?:s|ed|ing)?\b/,
  untilBeforeDate: /\b(?:until|through|to|ending on|expiring on|terminating on)\s+$/,
  termLength: new RegExp(
    String.raw`\bfor\s+(?:a|an)\s+(?:(?:further|initial|additional|new|final|technical)\s+)*period\s+of\s+(?<count>${EN_NUMBER})\s+(?<unit>months?|days?|weeks?|years?)`,
    'i',
  ),
  force: /\b(?:all|the)\s+necessary\s+(?:means|measures|action|actions)\b/,
  forceGrant: /\b(?:[Aa]uthori[sz](?:es|ed|ation)|may (?:take|use))\b/,
  ceilingContext: /\b(?:compris(?:e|es|ing|ed)|consist(?:s|ing)? of|strength|ceiling|up to|maximum of|a total of|force levels?|levels? of|component of)\b/,
  componentCeiling: new RegExp(String.raw`\b(?<noun>troop|military|police|civilian)\s+ceiling\s+(?:of|at|to)\s+(?:up to\s+)?(?<count>${EN_NUMBER})`, 'g'),
  personnelCount: new RegExp(
    String.raw`(?<count>${EN_NUMBER})\s+(?:(?:United Nations|[A-Z]{3,}|international|uniformed)\s+)?(?<noun>${anyCapitals(EN_PERSONNEL_NOUNS)})\b`,
    'g',
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
  notACeiling: /\b(?:additional|increase(?:d)? (?:of|by)|by up to|reduc(?:e|tion)(?:d)? (?:of|by)|an extra|further)\s+$/,
  taskIntro: /\b(?:following\s+(?:(?:priority|other|additional|core|secondary|main)\s+)?(?:tasks|mandate|functions|responsibilities)|(?:mandate|tasks)\b[^.;:]{0,80}\b(?:as follows|the following))\b/,
  otherTasks: /\b(?:other tasks|existing capacities|secondary tasks)\b/,
  requestVerbs: [
    'requests', 'further requests', 'also requests', 'requests further', 'requests also',
    'urges', 'strongly urges', 'further urges', 'also urges',
    'calls upon', 'calls on', 'further calls upon', 'further calls on', 'also calls upon', 'also calls on',
    'demands', 'further demands', 'also demands',
    'encourages', 'further encourages', 'strongly encourages', 'also encourages',
    'invites', 'further invites', 'also invites',
  ],
  taskVerbs: [
    'requests', 'further requests', 'also requests', 'urges', 'further urges', 'calls upon', 'calls on', 'further calls upon',
    'encourages', 'further encourages', 'strongly encourages', 'authorizes', 'further authorizes', 'also authorizes',
  ],
  decisionVerbs: ['decides', 'further decides', 'also decides', 'decides further', 'decides also'],
  thatSubject: /^\s*that\s+(?:(?<subject>[^;]{1,120}?)\s+(?:shall|will|should|is to|may)\s|(?<opening>[^,;]{1,40}))/,
  clauseVerbs: [
    'decides', 'further decides', 'also decides', 'decides further', 'decides also', 'welcomes', 'further welcomes', 'stresses', 'underlines', 'emphasizes', 'underscores',
    'expresses', 'reiterates', 'reaffirms', 'recalls', 'further recalls', 'notes', 'takes note', 'affirms', 'recognizes',
    'condemns', 'strongly condemns', 'commends', 'endorses', 'authorizes', 'further authorizes', 'supports', 'acknowledges',
    'calls for', 'further calls for', 'looks forward', 'approves', 'agrees', 'appeals', 'insists', 'deplores', 'highlights',
  ],
  actionStart: /\s(?:to|not to)\s(?!(?:the|a|an|its|their|his|her|this|these|that|those|all|any|each|such|which|whom|date|it)\b)(?=\p{Ll})/u,
  addresseeAside: /^(?:\p{Ll}+ing\b|in\b|with\b|within\b|through\b|consistent\b|especially\b|notably\b|particularly\b|where\b|when\b|as (?:appropriate|necessary|applicable)\b|once\b|upon\b|inter alia\b|including\b|under\b|together\b|acting\b|if\b)/u,
  addresseeLead: /^(?:(?:in this (?:regard|context|respect|connection)|therefore|again|once again|furthermore|moreover)\s*,?\s+)+/,
  prepositionalTo: /\b(?:pursuant|according|due|prior|regard|addition|related|relating|referred|access|support|assistance|attention|contributions?|committed|commitment|close|next|up|return|threats?|respect|reference|compared|contrary|subject|respond|response|commensurate|adherence|view|order|regards)$/,
  reportingAction: /\b(?:report(?:s|ing)?\b|brief(?:s|ing|ings)?\b|keep\b[^;]{0,40}\binformed\b|inform\b|letter\b|submit\b|present\b)/,
  periodic: new RegExp(
    String.raw`\b(?:every\s+(?:(?<count>${EN_NUMBER})\s+(?<unit>months?|days?|weeks?|years?)|(?<named>month|year|quarter))|on\s+an?\s+(?<named2>monthly|quarterly|bimonthly|semi-annual|biannual|annual|yearly)\s+basis|(?<named3>quarterly|monthly|annually|annual|biennial|twice a year|every six months))\b`,
    'i',
  ),
  namedPeriods: {
    month: { months: 1 }, monthly: { months: 1 }, bimonthly: { months: 2 }, quarter: { months: 3 }, quarterly: { months: 3 },
    'semi-annual': { months: 6 }, biannual: { months: 6 }, 'twice a year': { months: 6 }, 'every six months': { months: 6 },
    year: { months: 12 }, annual: { months: 12 }, annually: { months: 12 }, yearly: { months: 12 }, biennial: { months: 24 },
  },
  relative: new RegExp(String.raw`(?:\b(?:within|no later than|not later than)\s+)?\b(?<count>${EN_NUMBER})\s+${EN_UNIT}\s+${ADOPTION_EN}`, 'i'),
  beforeExpiry: new RegExp(String.raw`\b(?:at least|no later than|not later than)\s+(?<count>${EN_NUMBER})\s+${EN_UNIT}\s+(?:before|prior to)\b[^;]*?\b(?:mandate|expir)`, 'i'),
  byBeforeDate: /\b(?:by|no later than|not later than|before|on or before|on)\s+$/,
  dateListJoin: /^\s*(?:,\s*(?:and\s+)?|and\s+)$/,
  thereafter: /\bthereafter\b/,
  event: /\b(?:keep\s+(?:the\s+(?:Security\s+)?Council|it|the\s+Committee|Council\s+members)\s+(?:\w+\s+){0,3}?informed\b|(?:immediately\s+|promptly\s+)?inform\s+(?:the\s+(?:Security\s+)?Council|it)\b(?![’']s)(?:\s+(?:immediately|promptly))?|report\b[^;]*?(?=\b(?:when|if|should|in the event|in case)\b))\s*(?<condition>[^;]*)/,
  alignedWithParagraph: /\b(?:(?:coordinate|align|synchroni[sz]e)\s+(?:its|his|her|their)\s+reporting\b[^;]*?|\breports?\s+(?:requested|referred to|mandated)\s+in\s+)paragraph\s+(?<paragraph>\d+)/,
  inRegularReports: /\b(?:in|through|as part of)\s+(?:his|her|its|their)\s+(?<first>first\s+|next\s+)?(?:(?:regular|periodic|upcoming|future|quarterly|monthly|annual|biannual|\d+-day)\s+)*report(?:s|ing)?\b/,
  report: /\breport(?:s|ing)?\b/,
  letter: /\bletters?\b/,
  briefing: /\bbrief(?:s|ing|ings)?\b/,
  deliverable: /\b(?<what>an?\s+(?:[\w-]+\s+){0,4}?(?:plan|roadmap|road map|strategy|assessment|review|study|concept|framework|benchmarks|recommendations|options|proposals?|update))\b/,
  units: {
    day: { days: 1 }, days: { days: 1 }, week: { days: 7 }, weeks: { days: 7 },
    month: { months: 1 }, months: { months: 1 }, year: { months: 12 }, years: { months: 12 },
  },
};

const FR_NUMBER = numberPattern('fr');

/** French: the phrases that are cheap to state; the rest is recognised in English only for now. */
const fr: Partial<MandatePhrases> = {
  actor: 'Conseil de sécurité',
  chapterVII: /Agissant en vertu du Chapitre VII de la Charte(?: des Nations Unies)?/,
  mandateTerm: /\b(?:proroger|prorog(?:e|é)|renouveler|créer|établir|reconduire)\b/u,
  untilBeforeDate: /\bjusqu['’](?:au|à)\s+$/u,
  termLength: new RegExp(
    String.raw`\bpour\s+une\s+(?:nouvelle\s+)?période\s+(?:initiale\s+)?(?:supplémentaire\s+)?d(?:e\s+|['’]\s*)(?<count>${FR_NUMBER}|un)\s+(?<unit>mois|jours?|ans?|semaines?)`,
    'iu',
  ),
  force: /\b(?:tous (?:les )?moyens nécessaires|toutes (?:les )?mesures nécessaires)/u,
  forceGrant: /\b(?:[Aa]utoris(?:e|é|ée|ation))/u,
  units: { mois: { months: 1 }, jour: { days: 1 }, jours: { days: 1 }, semaine: { days: 7 }, semaines: { days: 7 }, an: { months: 12 }, ans: { months: 12 } },
};

export const MANDATE_PHRASES: Partial<Record<Language, Partial<MandatePhrases>>> = { en, fr };
