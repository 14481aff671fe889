// A task's side of assignments: give it to units, and its compliance board (with Excel export).
import type { AppContext, FastifyZod } from '../../context.js';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { sendWorkbook, viDate } from '../files/excel.js';
import { assignmentSheet } from './export.js';
import { presentAssignment } from './present.js';
import { assignBody, assignResult, boardExportQuery, boardOut, boardQuery } from './schema.js';
import * as service from './service.js';

const tags = ['Giao việc cho đơn vị'];
/** Up to 500 presented rows: see routes.ts#trustedSerializer. */
const trustedSerializer = () => (data: unknown) => JSON.stringify(data);

export function registerBoardRoutes(app: FastifyZod, { db, clock }: AppContext) {
  app.post(
    '/tasks/:id/assignments',
    {
      schema: {
        tags,
        summary:
          'Giao nhiệm vụ cho đơn vị: chọn đơn vị (unitIds), theo nhóm (groups) hoặc dán danh sách tên (namesText)',
        params: uuidParam,
        body: assignBody,
        response: { 201: assignResult, ...commonErrors },
      },
    },
    async (req, reply) => {
      const today = clock.today();
      const r = await service.assignTask(db, actorOf(req), req.params.id, req.body, today);
      return reply.status(201).send({
        created: r.created.map((row) => presentAssignment(row, today)),
        unmatched: r.unmatched,
        skipped: r.skipped,
      });
    },
  );

  app.get(
    '/tasks/:id/board',
    {
      serializerCompiler: trustedSerializer,
      schema: {
        tags,
        summary:
          'Bảng theo dõi một nhiệm vụ: mọi đơn vị được giao, tình trạng, sản phẩm, ngày nộp, số lượng theo tình trạng',
        params: uuidParam,
        querystring: boardQuery,
        response: { 200: boardOut, ...commonErrors },
      },
    },
    async (req) => {
      const today = clock.today();
      const b = await service.board(db, actorOf(req), req.params.id, req.query, today);
      return {
        taskId: req.params.id,
        periods: b.periods,
        counts: b.counts,
        items: b.rows.map((r) => presentAssignment(r, today)),
        total: b.total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/tasks/:id/board.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất bảng theo dõi nhiệm vụ ra Excel',
        params: uuidParam,
        querystring: boardExportQuery,
        response: commonErrors,
      },
    },
    async (req, reply) => {
      const today = clock.today();
      const { task, rows } = await service.boardRows(db, actorOf(req), req.params.id, req.query, today);
      return sendWorkbook(
        reply,
        `theo-doi-nhiem-vu-${today}.xlsx`,
        assignmentSheet(
          rows.map((r) => presentAssignment(r, today)),
          'BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ',
          // the whole title: a sheet sent to the People's Committee does not cut the task short
          [task.title, `Số liệu đến ngày ${viDate(today)}`],
          { forImport: false },
        ),
      );
    },
  );
}
