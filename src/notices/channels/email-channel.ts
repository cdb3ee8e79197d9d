/**
 * E-mail over SMTP with nodemailer, from the school's sender address. SMTP says itself whether a
 * refusal is for good (5xx: no such address) or for now (4xx: try later), and a server that does
 * not answer may answer later.
 */
import nodemailer from 'nodemailer';
import type { EmailConfig } from './channel-config.js';
import { ChannelError, isNetworkFailure, type NoticeChannel, type OutgoingNotice } from './notice-channel.js';

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

export function createEmailChannel(config: EmailConfig): NoticeChannel {
  const transport = nodemailer.createTransport({
    url: config.url,
    // nodemailer waits two minutes for a silent server by default; the queue will try again.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const senderDomain = (config.from.match(/<([^>]*)>\s*$/)?.[1] ?? config.from).split('@')[1] ?? 'varde.invalid';

  return {
    kind: 'epost',
    async send(message: OutgoingNotice) {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.toName ? { name: message.toName, address: message.to } : message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
          // The same notice sent again carries the same Message-ID, so a mail system that keeps them can drop the second.
          messageId: `<${message.reference}@${senderDomain}>`,
        });
        return { status: 'sent', externalId: info.messageId };
      } catch (error) {
        throw smtpError(error);
      }
    },
  };
}

function smtpError(error: unknown): ChannelError {
  const failure = (error ?? {}) as SmtpFailure;
  const response = failure.response?.trim();
  if (failure.responseCode) {
    const what = failure.code === 'EENVELOPE' || failure.command === 'RCPT TO' ? 'the SMTP server refused the address' : 'the SMTP server refused the message';
    // 4xx is SMTP's "not now"; 5xx is "never".
    return new ChannelError('epost', `${what}: ${response ?? failure.responseCode}`, { retryable: failure.responseCode < 500, cause: error });
  }
  if (isNetworkFailure(error) || failure.code === 'ETIMEDOUT' || failure.code === 'EDNS') {
    return new ChannelError('epost', `the SMTP server could not be reached (${failure.code})`, { retryable: true, cause: error });
  }
  if (failure.code === 'EAUTH') {
    return new ChannelError('epost', 'the SMTP server refused Varde\'s user name or password (VARDE_SMTP_URL)', { retryable: false, cause: error });
  }
  return new ChannelError('epost', `the e-mail could not be sent: ${error instanceof Error ? error.message : String(error)}`, { retryable: false, cause: error });
}
