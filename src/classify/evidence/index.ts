// Every source of evidence, in one list. A source reports what it sees; the weights in
// ../weights.json say how much each finding counts toward each label. Retired ids stay below
// as comments and are never reused.
import type { Evidence } from './evidence.js';
import { allegationHeard } from './allegation-heard.js';
import { anchored } from './anchored.js';
import { answersConcession } from './answers-concession.js';
import { bothSides } from './both-sides.js';
import { centralLean } from './central-lean.js';
import { centralIntent } from './central-intent.js';
import { centralMeasure } from './central-measure.js';
import { centralVoice } from './central-voice.js';
import { copularJudgement } from './copular-judgement.js';
import { evaluative } from './evaluative.js';
import { firstPersonWriter } from './first-person.js';
import { framing } from './framing.js';
import { hedge } from './hedge.js';
import { holderSide } from './holder-side.js';
import { interpretiveSubject } from './interpretive-subject.js';
import { mood } from './mood.js';
import { opinionNoun } from './opinion-noun.js';
import { ownAction } from './own-action.js';
import { pollShareFinding } from './poll-share.js';
import { quoted } from './quoted.js';
import { relativeView } from './relative-view.js';
import { reportedView } from './reported-view.js';
import { request } from './request.js';
import { sourcedEvent } from './sourced-event.js';
import { subjectTitle } from './subject-title.js';
import { speakerDefends } from './speaker-defends.js';
import { speakerDescribed } from './speaker-described.js';
import { speakerTitle } from './speaker-title.js';
import { speakerProminence } from './speaker-prominence.js';
import { speakerRole } from './speaker-role.js';
import { speakerOffice } from './speaker-office.js';
import { speakerStance } from './speaker-stance.js';
import { speakerVerbs } from './speaker-verbs.js';
import { stanceUnderTitle } from './stance-under-title.js';
import { titleVerb } from './title-verb.js';
import { verbSide } from './verb-side.js';
import { viewNoun } from './view-noun.js';
import { viewTone } from './view-tone.js';
import { weakEvaluative } from './weak-evaluative.js';

export type { Evidence, Example, Finding, Fired } from './evidence.js';

export const evidence: readonly Evidence[] = [
  // who speaks, and for whom
  reportedView, centralVoice, centralLean, quoted, speakerRole, speakerOffice, speakerDescribed, speakerDefends, speakerStance, speakerVerbs,
  speakerTitle, speakerProminence, subjectTitle, titleVerb, stanceUnderTitle,
  // which side a view takes
  holderSide, verbSide, viewTone, viewNoun, relativeView, mood, allegationHeard,
  // actions, not views
  ownAction, request, sourcedEvent, centralMeasure,
  // the writer's claims
  centralIntent, bothSides, firstPersonWriter, hedge, evaluative, framing, opinionNoun, weakEvaluative,
  copularJudgement, answersConcession, interpretiveSubject,
  // what can be checked
  anchored, pollShareFinding,
  // retired: supporter-speaker-stance, critic-speaker-stance (hand-set bars; now speaker-stance)
];
