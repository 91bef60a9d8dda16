import type { Message } from '../shared/lang.js';

// The questionnaire keeps its strings next to it, split by screen (questions, result, estimate),
// so that its bundle carries neither other elements' strings nor, up front, the screens that are
// loaded on demand.

/** A string, or its plural forms chosen by `count`. */
export type Text = Message;
export type { TextParams } from '../shared/lang.js';
