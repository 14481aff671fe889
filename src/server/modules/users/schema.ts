import { z } from 'zod';
import { emailPrefs, roles } from '../../db/schema/users.js';
import { pageQuery } from '../../lib/http.js';

export const role = z.enum(roles);

export const userOut = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  /** E-mail of reminders: each one, a daily digest, or none. */
  emailPref: z.enum(emailPrefs),
  role,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  role: role.optional(),
  unitId: z.uuid().optional(),
  ...pageQuery,
});

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự')
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch');

export const createUserBody = z.strictObject({
  username,
  fullName: z.string().trim().min(2, 'Nhập họ tên').max(120),
  email: z.email('Thư điện tử không hợp lệ').nullish(),
  role,
  unitId: z.uuid().nullish(),
  password: z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(200),
});

export const updateUserBody = z.strictObject({
  fullName: z.string().trim().min(2).max(120).optional(),
  email: z.email('Thư điện tử không hợp lệ').nullish(),
  emailPref: z.enum(emailPrefs).optional(),
  role: role.optional(),
  unitId: z.uuid().nullish(),
  active: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({
  password: z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(200),
});
