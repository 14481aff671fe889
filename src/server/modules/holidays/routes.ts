// /api/holidays: the holiday calendar working-day deadlines are counted on.
import { commonErrors } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';
import { holidayYearOut, holidayYearQuery, putHolidaysBody } from './schema.js';
import * as service from './service.js';

const tags = ['Lịch nghỉ lễ'];

export const holidaysModule: AppModule = {
  name: 'holidays',
  register(app, { db }) {
    app.get(
      '/holidays',
      {
        schema: {
          tags,
          summary: 'Ngày nghỉ lễ, nghỉ bù và ngày làm bù của một năm',
          querystring: holidayYearQuery,
          response: { 200: holidayYearOut, ...commonErrors },
        },
      },
      async (req) => service.getYear(db, req.query.year),
    );

    app.put(
      '/holidays',
      {
        schema: {
          tags,
          summary: 'Đặt lịch nghỉ lễ của một năm (quản trị viên)',
          querystring: holidayYearQuery,
          body: putHolidaysBody,
          response: { 200: holidayYearOut, ...commonErrors },
        },
      },
      async (req) => service.putYear(db, actorOf(req), req.query.year, req.body),
    );
  },
};
