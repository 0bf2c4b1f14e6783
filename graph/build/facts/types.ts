// The facts of one article: its events, who held which title, who chaired, led, attended, addressed or met whom.
import type { Article } from '../../../ingest/types.ts';
import type { EventKind, Evidence } from '../../model/types.ts';

export type TargetKind = 'Enterprise' | 'Organization' | 'Place';
export interface Target {
  kind: TargetKind;
  name: string;
}

export interface EventFact {
  local: number;
  /** A short canonical name a reader recognises (国务院常务会议, 会见巴西总统卢拉). */
  label: string;
  /** The name as printed (国务院第三十次常务会议). */
  printed: string;
  /** Meetings a body holds again and again share their series (国务院常务会议 every week). */
  series?: string;
  /** Where in the article's text the sentence that reports it starts, and where its verb or name stands. */
  sentenceStart: number;
  at: number;
  /** Dated as another event is (会前，…调研: the meeting's day), where its sentence says so. */
  datedAs?: { sentenceStart: number; at: number };
  /** Later sentences that name it again, where a day they print may date it better than a span (11日至12日). */
  namedAgain?: { sentenceStart: number; at: number }[];
  eventKind: EventKind;
  evidence: Evidence;
  places: Target[];
  heldBy: string[];
}

export interface HoldsFact {
  person: string;
  /** The title as printed, its post, organ and jurisdiction. */
  printed: string;
  post: string;
  organ?: string;
  jurisdiction?: string;
  /** 时任…: held before the article's date. */
  former?: true;
  evidence: Evidence;
}

export type RoleRel = 'CHAIRED' | 'LED' | 'ATTENDED' | 'ADDRESSED';

export interface RoleFact {
  rel: RoleRel;
  person: string;
  event: number;
  /** The verb as printed (主持, 出席, 陪同, 调研, 讲话…). */
  role: string;
  rank?: number;
  evidence: Evidence;
}

/** Host → guest: 会见, 会谈, 集体会见, 通电话…; `event` is the talks event both attended. */
export interface MetFact {
  host: string;
  guest: string;
  role: string;
  event: number;
  evidence: Evidence;
}

export interface VisitFact {
  person: string;
  target: Target;
  event: number;
  evidence: Evidence;
}

/** A person, body, enterprise or place the article names, with the sentences that name it (the mention layer). */
export interface MentionFact {
  kind: 'Person' | 'Organization' | 'Enterprise' | 'Place';
  name: string;
  evidence: Evidence[];
}

export interface ArticleFacts {
  article: Article;
  mentions: MentionFact[];
  events: EventFact[];
  holds: HoldsFact[];
  roles: RoleFact[];
  met: MetFact[];
  visits: VisitFact[];
}
