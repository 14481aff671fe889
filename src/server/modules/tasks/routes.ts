import { clarityLabels } from '../../../shared/clarity.js';
import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { sendWorkbook, viDate } from '../files/excel.js';
import type { AppModule } from '../index.js';
import { registerTaskImport } from './import-routes.js';
import { presentTask } from './present.js';
import { createTaskBody, exportTasksQuery, listTasksQuery, taskOut, updateTaskBody } from './schema.js';
import * as service from './service.js';

const tags = ['Nhiệm vụ'];

export const tasksModule: AppModule = {
  name: 'tasks',
  register(app, ctx) {
    const { db, clock } = ctx;
    app.get(
      '/tasks',
      {
        schema: {
          tags,
          summary: 'Danh sách nhiệm vụ (lọc nhiệm vụ chưa bảo đảm "6 rõ": ?incomplete=true)',
          querystring: listTasksQuery,
          response: { 200: listOf(taskOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await service.listTasks(db, actorOf(req), req.query, clock.today());
        return { items: rows.map(presentTask), total, page: req.query.page, pageSize: req.query.pageSize };
      },
    );

    app.get(
      '/tasks/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất danh sách nhiệm vụ ra Excel',
          querystring: exportTasksQuery,
          response: commonErrors,
        },
      },
      async (req, reply) => {
        const rows = (await service.exportTasks(db, actorOf(req), req.query, clock.today())).map(presentTask);
        return sendWorkbook(reply, `nhiem-vu-${clock.today()}.xlsx`, {
          name: 'Nhiệm vụ',
          title: 'DANH SÁCH NHIỆM VỤ',
          subtitle: [`Xuất ngày ${viDate(clock.today())}`],
          rows,
          columns: [
            { header: 'STT', width: 6, value: (_, i) => i + 1 },
            { header: 'Văn bản', width: 16, value: (r) => r.documentNumber },
            { header: 'Nhiệm vụ', width: 50, value: (r) => r.title },
            { header: 'Cơ quan chủ trì', width: 26, value: (r) => r.leadUnitName },
            { header: 'Người phụ trách', width: 20, value: (r) => r.personInCharge },
            { header: 'Cơ quan phối hợp', width: 30, value: (r) => r.coordinatingUnitNames.join('; ') },
            { header: 'Thời gian hoàn thành', width: 18, value: (r) => r.recurrenceLabel ?? viDate(r.dueOn) },
            { header: 'Trách nhiệm', width: 30, value: (r) => r.responsibility },
            { header: 'Sản phẩm', width: 20, value: (r) => r.product },
            { header: 'Thẩm quyền', width: 20, value: (r) => r.authority },
            {
              header: 'Còn thiếu ("6 rõ")',
              width: 24,
              value: (r) => r.missingClarity.map((m) => clarityLabels[m]).join(', '),
            },
            { header: 'Số đơn vị được giao', width: 10, value: (r) => r.assignmentCount },
            { header: 'Đã nộp', width: 10, value: (r) => r.submittedCount },
            { header: 'Đã tiếp nhận (hoàn thành)', width: 12, value: (r) => r.acceptedCount },
            { header: 'Quá hạn', width: 10, value: (r) => r.overdueCount },
          ],
        });
      },
    );

    app.post(
      '/tasks',
      {
        schema: {
          tags,
          summary: 'Tạo nhiệm vụ của một văn bản',
          body: createTaskBody,
          response: { 201: taskOut, ...commonErrors },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const row = await service.createTask(db, actor, req.body);
        return reply
          .status(201)
          .send(presentTask(await service.getTaskOut(db, actor, row.id, clock.today())));
      },
    );

    app.get(
      '/tasks/:id',
      {
        schema: {
          tags,
          summary: 'Một nhiệm vụ',
          params: uuidParam,
          response: { 200: taskOut, ...commonErrors },
        },
      },
      async (req) => presentTask(await service.getTaskOut(db, actorOf(req), req.params.id, clock.today())),
    );

    app.patch(
      '/tasks/:id',
      {
        schema: {
          tags,
          summary: 'Sửa nhiệm vụ',
          params: uuidParam,
          body: updateTaskBody,
          response: { 200: taskOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await service.updateTask(db, actor, req.params.id, req.body);
        return presentTask(await service.getTaskOut(db, actor, req.params.id, clock.today()));
      },
    );

    app.delete(
      '/tasks/:id',
      {
        schema: {
          tags,
          summary: 'Xóa nhiệm vụ tạo nhầm (khi chưa giao)',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteTask(db, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    registerTaskImport(app, ctx);
  },
};
