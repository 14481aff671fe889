// /api/dashboard: the leaders' figures and charts in one request, and each chart as .xlsx.
import { unitGroups } from '../../../shared/units.js';
import { commonErrors, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { sendWorkbook } from '../files/excel.js';
import type { AppModule } from '../index.js';
import { chartSheet } from './export.js';
import { presentDashboard, presentScorecard } from './present.js';
import {
  dashboardExportQuery,
  dashboardOut,
  dashboardQuery,
  scorecardOut,
  scorecardQuery,
} from './schema.js';
import * as service from './service.js';

const tags = ['Tổng quan cho lãnh đạo'];

export const dashboardModule: AppModule = {
  name: 'dashboard',
  register(app, ctx) {
    app.get(
      '/dashboard',
      {
        schema: {
          tags,
          summary:
            'Tổng quan: nhiệm vụ đến hạn, hoàn thành đúng hạn/quá hạn, quá hạn (trên 30/60/120 ngày), so với kỳ trước, theo đơn vị, xu hướng 24 tháng, cam kết, vướng mắc',
          querystring: dashboardQuery,
          response: { 200: dashboardOut, ...commonErrors },
        },
      },
      async (req) =>
        presentDashboard(await service.loadDashboard(ctx.db, actorOf(req), req.query, ctx.clock.today())),
    );

    app.get(
      '/dashboard/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất số liệu của một biểu đồ tổng quan ra Excel (chart=figures|units|kinds|trend|…)',
          querystring: dashboardExportQuery,
          response: commonErrors,
        },
      },
      async (req, reply) => {
        const { chart, ...q } = req.query;
        const data = await service.loadDashboard(ctx.db, actorOf(req), q, ctx.clock.today());
        const filters = [
          data.documentNumber
            ? `Chương trình: văn bản ${data.documentNumber} và các văn bản triển khai`
            : null,
          q.group ? `Nhóm đơn vị: ${unitGroups[q.group as keyof typeof unitGroups].label}` : null,
          data.unitName ? `Đơn vị: ${data.unitName}` : null,
        ].filter((x): x is string => !!x);
        return sendWorkbook(
          reply,
          `tong-quan-${chart}-${data.today}.xlsx`,
          chartSheet(chart, presentDashboard(data), filters),
        );
      },
    );

    app.get(
      '/units/:id/scorecard',
      {
        schema: {
          tags,
          summary:
            'Kết quả của một đơn vị: xếp hạng trong nhóm đơn vị cùng loại (như bảng xếp hạng của trang tổng quan), tỷ lệ gửi báo cáo đúng hạn và các kỳ báo cáo; số liệu nhiệm vụ và xu hướng của đơn vị: GET /api/dashboard?unitId=',
          params: uuidParam,
          querystring: scorecardQuery,
          response: { 200: scorecardOut, ...commonErrors },
        },
      },
      async (req) =>
        presentScorecard(
          await service.unitScorecard(ctx.db, actorOf(req), req.params.id, req.query, ctx.clock.today()),
        ),
    );
  },
};
