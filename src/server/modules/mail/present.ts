// Rows → API shapes of outbox messages.
import type { MailRow } from './repo.js';

export function presentMail(m: MailRow) {
  return {
    id: m.id,
    toAddress: m.toAddress,
    userId: m.userId,
    subject: m.subject,
    text: m.text,
    link: m.link,
    attachments: m.attachments,
    state: m.state,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt.toISOString(),
    lastResponse: m.lastResponse,
    sentAt: m.sentAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}
