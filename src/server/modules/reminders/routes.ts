// /api/reminders/rules (the defaults) and /api/tasks/{id}/reminder-rules (a task's own).
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { defaultsOut, reminderRules, taskRulesBody, taskRulesOut } from './schema.js';
import * as service from './service.js';

const tags = ['Nhắc hạn, đôn đốc'];

export const remindersModule: AppModule = {
  name: 'reminders',
  register(app, ctx) {
    app.get(
      '/reminders/rules',
      {
        schema: {
          tags,
          summary: 'Quy tắc nhắc hạn mặc định: trước hạn, đúng hạn, sau hạn, báo thủ trưởng, báo Sở Ngoại vụ',
          response: { 200: defaultsOut, ...commonErrors },
        },
      },
      async () => service.getDefaults(ctx.db),
    );

    app.put(
      '/reminders/rules',
      {
        schema: {
          tags,
          summary: 'Đặt quy tắc nhắc hạn mặc định (quản trị viên)',
          body: reminderRules,
          response: { 200: defaultsOut, ...commonErrors },
        },
      },
      async (req) => service.setDefaults(ctx.db, actorOf(req), req.body),
    );

    app.get(
      '/tasks/:id/reminder-rules',
      {
        schema: {
          tags,
          summary: 'Quy tắc nhắc hạn áp dụng cho nhiệm vụ (mặc định, riêng, hoặc tắt)',
          params: uuidParam,
          response: { 200: taskRulesOut, ...commonErrors },
        },
      },
      async (req) => service.getTaskRules(ctx.db, actorOf(req), req.params.id),
    );

    app.put(
      '/tasks/:id/reminder-rules',
      {
        schema: {
          tags,
          summary: 'Đặt quy tắc nhắc hạn riêng cho nhiệm vụ, tắt nhắc, hoặc dùng lại mặc định (Sở Ngoại vụ)',
          params: uuidParam,
          body: taskRulesBody,
          response: { 200: taskRulesOut, ...commonErrors },
        },
      },
      async (req) => service.setTaskRules(ctx.db, actorOf(req), req.params.id, req.body),
    );
  },
};
