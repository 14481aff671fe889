// API shapes of the outbox (administrator) and of a person's e-mail preference.
import { z } from 'zod';
import { mailStates } from '../../db/schema/urging.js';
import { emailPrefs } from '../../db/schema/users.js';
import { pageQuery } from '../../lib/http.js';

export const listOutboxQuery = z.strictObject({
  state: z.enum(mailStates).optional(),
  q: z.string().trim().max(200).optional(),
  ...pageQuery,
});

export const mailOut = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  userId: z.uuid().nullable(),
  subject: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  attachments: z.array(z.object({ fileId: z.uuid(), filename: z.string() })),
  state: z.enum(mailStates),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  /** The SMTP server's last answer: the acceptance, or why it refused. */
  lastResponse: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});

export const outboxOut = z.object({
  items: z.array(mailOut),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Messages in each state, whatever the filter. */
  counts: z.record(z.enum(mailStates), z.number().int()),
  /** Whether an SMTP server is configured (SMTP_URL); without one mail waits here. */
  smtpConfigured: z.boolean(),
});

export const emailPrefOut = z.object({
  email: z.string().nullable(),
  emailPref: z.enum(emailPrefs),
});

export const emailPrefBody = z.strictObject({ emailPref: z.enum(emailPrefs) });
