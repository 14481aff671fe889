import { z } from 'zod';
import { roles } from '../../db/schema/users.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});

export const meOut = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(roles),
  unit: z
    .object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      kind: z.string(),
      isFocal: z.boolean(),
    })
    .nullable(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8, 'Mật khẩu mới phải có ít nhất 8 ký tự').max(200),
});

/** The app's first question: who is signed in here, if anyone (never a 401). */
export const sessionOut = z.object({ signedIn: z.boolean(), me: meOut.nullable() });
