import { z } from 'zod';
import { commonErrors, errorBody, listOf, okBody, sendJsonText, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { sendWorkbook, viDate } from '../files/excel.js';
import { SHEET_KINDS, SHEET_MAX_BYTES } from '../files/kinds.js';
import { parseFields, readUpload } from '../files/upload.js';
import type { AppModule } from '../index.js';
import { registerBoardRoutes } from './board-routes.js';
import { assignmentSheet } from './export.js';
import { presentAssignment, presentEvent } from './present.js';
import { importProgress } from './progress-import.js';
import {
  assignmentListItem,
  assignmentOut,
  eventOut,
  exportAssignmentsQuery,
  listAssignmentsQuery,
  noteBody,
  overdueUnitsOut,
  overdueUnitsQuery,
  progressImportFields,
  progressImportResult,
  returnBody,
  stepBody,
  submitBody,
  summaryOut,
  summaryQuery,
  updateAssignmentBody,
} from './schema.js';
import * as service from './service.js';
import * as workflow from './workflow.js';

const tags = ['Giao việc cho đơn vị'];

export const assignmentsModule: AppModule = {
  name: 'assignments',
  register(app, ctx) {
    const { db, clock } = ctx;
    const when = () => ({ today: clock.today(), now: clock.now() });
    const out = async (actor: Parameters<typeof service.getAssignmentOut>[1], id: string) =>
      presentAssignment(await service.getAssignmentOut(db, actor, id), clock.today());

    app.get(
      '/assignments',
      {
        schema: {
          tags,
          summary:
            'Danh sách việc giao cho đơn vị (?taskId=&unitId=&status=&dueBefore=…; cán bộ đơn vị chỉ thấy việc của đơn vị mình)',
          querystring: listAssignmentsQuery,
          response: { 200: listOf(assignmentListItem), ...commonErrors },
        },
      },
      // the answer comes as JSON text from the database (repo.ts#listAssignmentPage)
      async (req, reply) =>
        sendJsonText(reply, await service.listAssignments(db, actorOf(req), req.query, clock.today())),
    );

    app.get(
      '/assignments/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất danh sách ra Excel (dùng lại tệp này để cập nhật tiến độ hàng loạt)',
          querystring: exportAssignmentsQuery,
          response: commonErrors,
        },
      },
      async (req, reply) => {
        const today = clock.today();
        const rows = (await service.exportAssignments(db, actorOf(req), req.query, today)).map((r) =>
          presentAssignment(r, today),
        );
        return sendWorkbook(
          reply,
          `giao-viec-${today}.xlsx`,
          assignmentSheet(rows, 'DANH SÁCH VIỆC GIAO CHO ĐƠN VỊ', [`Xuất ngày ${viDate(today)}`]),
        );
      },
    );

    app.get(
      '/assignments/summary',
      {
        schema: {
          tags,
          summary: 'Việc của đơn vị: số việc sắp đến hạn, quá hạn, bị trả lại, đã xong',
          querystring: summaryQuery,
          response: { 200: summaryOut, ...commonErrors },
        },
      },
      async (req) => service.summary(db, actorOf(req), req.query.unitId, clock.today()),
    );

    app.get(
      '/assignments/overdue-units',
      {
        schema: {
          tags,
          summary: 'Các đơn vị có việc quá hạn: số việc quá hạn, hạn sớm nhất đã lỡ (nhiều nhất trước)',
          querystring: overdueUnitsQuery,
          response: { 200: overdueUnitsOut, ...commonErrors },
        },
      },
      async (req) => service.overdueUnits(db, actorOf(req), req.query.limit, clock.today()),
    );

    app.post(
      '/assignments/progress-import',
      {
        schema: {
          tags,
          summary:
            'Cập nhật tiến độ hàng loạt từ tệp Excel (xem trước với dryRun=true; lưu tất cả hoặc không gì)',
          description:
            'multipart/form-data: `file` (.xlsx tải từ /api/assignments/export.xlsx), `dryRun` (true|false).',
          consumes: ['multipart/form-data'],
          response: { 200: progressImportResult, ...commonErrors, 413: errorBody, 415: errorBody },
        },
      },
      async (req) => {
        const { file, fields } = await readUpload(req, { maxBytes: SHEET_MAX_BYTES, allow: SHEET_KINDS });
        const { dryRun } = parseFields(progressImportFields, fields);
        return importProgress(db, actorOf(req), file.content, dryRun === 'true', when());
      },
    );

    app.get(
      '/assignments/:id',
      {
        schema: {
          tags,
          summary: 'Một việc giao cho đơn vị',
          params: uuidParam,
          response: { 200: assignmentOut, ...commonErrors },
        },
      },
      async (req) => out(actorOf(req), req.params.id),
    );

    app.patch(
      '/assignments/:id',
      {
        schema: {
          tags,
          summary:
            'Cập nhật tiến độ (cán bộ đơn vị, kèm ghi chú, minh chứng) hoặc thời hạn, vai trò (Sở Ngoại vụ)',
          params: uuidParam,
          body: updateAssignmentBody,
          response: { 200: assignmentOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await workflow.updateAssignment(db, actor, req.params.id, req.body, when());
        return out(actor, req.params.id);
      },
    );

    app.delete(
      '/assignments/:id',
      {
        schema: {
          tags,
          summary: 'Hủy giao việc nhầm (khi đơn vị chưa cập nhật gì)',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteAssignment(db, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/assignments/:id/events',
      {
        schema: {
          tags,
          summary: 'Lịch sử xử lý: tiến độ, minh chứng, nộp, xác nhận, tiếp nhận, trả lại',
          params: uuidParam,
          response: { 200: z.array(eventOut), ...commonErrors },
        },
      },
      async (req) => (await service.events(db, actorOf(req), req.params.id)).map(presentEvent),
    );

    app.post(
      '/assignments/:id/events',
      {
        schema: {
          tags,
          summary: 'Thêm ghi chú hoặc minh chứng',
          params: uuidParam,
          body: noteBody,
          response: { 200: assignmentOut, ...commonErrors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await workflow.addNote(db, actor, req.params.id, req.body, when());
        return out(actor, req.params.id);
      },
    );

    type Actor = ReturnType<typeof actorOf>;
    const stepRoute = <B extends z.ZodType>(
      name: string,
      summary: string,
      body: B,
      run: (actor: Actor, id: string, body: z.infer<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/assignments/:id/${name}`,
        {
          schema: {
            tags,
            summary,
            params: uuidParam,
            body,
            response: { 200: assignmentOut, ...commonErrors },
          },
        },
        async (req) => {
          const actor = actorOf(req);
          await run(actor, req.params.id, req.body as z.infer<B>);
          return out(actor, req.params.id);
        },
      );
    stepRoute('submit', 'Đơn vị nộp sản phẩm (số, ngày, tệp)', submitBody, (actor, id, body) =>
      workflow.submitProduct(db, actor, id, body, when()),
    );
    stepRoute('confirm', 'Thủ trưởng đơn vị xác nhận sản phẩm', stepBody, (actor, id, body) =>
      workflow.confirmProduct(db, actor, id, body.note, when()),
    );
    stepRoute('accept', 'Sở Ngoại vụ tiếp nhận sản phẩm', stepBody, (actor, id, body) =>
      workflow.acceptProduct(db, actor, id, body.note, when()),
    );
    stepRoute('return', 'Sở Ngoại vụ trả lại sản phẩm, nêu lý do', returnBody, (actor, id, body) =>
      workflow.returnProduct(db, actor, id, body.reason, when()),
    );

    registerBoardRoutes(app, ctx);
  },
};
