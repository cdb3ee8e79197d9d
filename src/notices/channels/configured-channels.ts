/**
 * The channels the environment turns on. None is a valid answer: the notices are then shown as
 * not sent, and nothing else changes. Read once at start-up, like src/config.ts: a channel that
 * is half configured stops the start with a message naming the variable.
 */
import { readEmailConfig, readSmsConfig, readSvarUtConfig } from './channel-config.js';
import { createEmailChannel } from './email-channel.js';
import { maskinportenTokenSource } from './maskinporten-token.js';
import type { NoticeChannel } from './notice-channel.js';
import { createSmsChannel } from './sms-channel.js';
import { createSvarUtChannel } from './svarut-channel.js';

export function configuredChannels(env: NodeJS.ProcessEnv = process.env): NoticeChannel[] {
  const email = readEmailConfig(env);
  const sms = readSmsConfig(env);
  const svarUt = readSvarUtConfig(env);
  return [
    ...(email ? [createEmailChannel(email)] : []),
    ...(sms ? [createSmsChannel(sms)] : []),
    ...(svarUt ? [createSvarUtChannel(svarUt, { tokens: maskinportenTokenSource(svarUt.maskinporten) })] : []),
  ];
}
