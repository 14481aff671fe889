import { z } from 'zod';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import { commonErrors, listOf, okBody, uuidParam } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { presentUnit } from './present.js';
import * as repo from './repo.js';
import {
  createUnitBody,
  importUnitsBody,
  importUnitsResult,
  listUnitsQuery,
  unitGroupsOut,
  unitOut,
  updateUnitBody,
} from './schema.js';
import * as service from './service.js';

const tags = ['Đơn vị'];

export const unitsModule: AppModule = {
  name: 'units',
  register(app, { db }) {
    app.get(
      '/units',
      {
        schema: {
          tags,
          summary: 'Danh mục đơn vị (tìm không dấu)',
          querystring: listUnitsQuery,
          response: { 200: listOf(unitOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await repo.listUnits(db, req.query);
        return { items: rows.map(presentUnit), total, page: req.query.page, pageSize: req.query.pageSize };
      },
    );

    app.get(
      '/units/groups',
      {
        schema: {
          tags,
          summary: 'Các nhóm đơn vị mà văn bản giao việc',
          response: { 200: unitGroupsOut, ...commonErrors },
        },
      },
      async () => {
        const byKind = await repo.countByKind(db);
        return (Object.keys(unitGroups) as UnitGroupCode[]).map((code) => ({
          code,
          label: unitGroups[code].label,
          count: unitGroups[code].kinds.reduce((n, k) => n + (byKind[k] ?? 0), 0),
        }));
      },
    );

    app.get(
      '/units/:id',
      {
        schema: {
          tags,
          summary: 'Một đơn vị',
          params: uuidParam,
          response: { 200: unitOut, ...commonErrors },
        },
      },
      async (req) => presentUnit(await service.getUnit(db, req.params.id)),
    );

    app.post(
      '/units',
      {
        schema: {
          tags,
          summary: 'Thêm đơn vị',
          body: createUnitBody,
          response: { 201: unitOut, ...commonErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(presentUnit(await service.createUnit(db, actorOf(req), req.body))),
    );

    app.patch(
      '/units/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, ngừng hoặc kích hoạt lại đơn vị',
          params: uuidParam,
          body: updateUnitBody,
          response: { 200: unitOut, ...commonErrors },
        },
      },
      async (req) => presentUnit(await service.updateUnit(db, actorOf(req), req.params.id, req.body)),
    );

    app.delete(
      '/units/:id',
      {
        schema: {
          tags,
          summary: 'Xóa đơn vị tạo nhầm (chỉ khi chưa có dữ liệu)',
          params: uuidParam,
          response: { 200: okBody, ...commonErrors },
        },
      },
      async (req) => {
        await service.deleteUnit(db, actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/units/import',
      {
        schema: {
          tags,
          summary: 'Nhập danh mục đơn vị từ CSV (kiểm tra trước, lưu tất cả hoặc không gì)',
          body: importUnitsBody,
          response: { 200: importUnitsResult, ...commonErrors, 400: z.unknown() },
        },
      },
      async (req) => service.importUnits(db, actorOf(req), req.body.csv, req.body.dryRun),
    );
  },
};
