// The list of capabilities the API serves. A new capability is a new folder and one line here.
import type { AppContext } from '../context.js';
import type { FastifyZod } from '../lib/fastify-zod.js';
import { activitiesModule } from './activities/routes.js';
import { annualPlansModule } from './annual-plans/routes.js';
import { assignmentsModule } from './assignments/routes.js';
import { auditModule } from './audit/routes.js';
import { authModule } from './auth/routes.js';
import { commitmentsModule } from './commitments/routes.js';
import { dashboardModule } from './dashboard/routes.js';
import { documentsModule } from './documents/routes.js';
import { filesModule } from './files/routes.js';
import { holidaysModule } from './holidays/routes.js';
import { intakeModule } from './intake/routes.js';
import { mailModule } from './mail/routes.js';
import { notificationsModule } from './notifications/routes.js';
import { obstaclesModule } from './obstacles/routes.js';
import { overlapsModule } from './overlaps/routes.js';
import { remindersModule } from './reminders/routes.js';
import { reportCompileModule } from './report-compile/routes.js';
import { reportRoundsModule } from './report-rounds/routes.js';
import { reportSubmissionsModule } from './report-submissions/routes.js';
import { systemModule } from './system/routes.js';
import { tasksModule } from './tasks/routes.js';
import { unitsModule } from './units/routes.js';
import { urgingsModule } from './urgings/routes.js';
import { usersModule } from './users/routes.js';

export interface AppModule {
  name: string;
  register(app: FastifyZod, ctx: AppContext): void | Promise<void>;
}

export const modules: AppModule[] = [
  systemModule,
  authModule,
  unitsModule,
  usersModule,
  auditModule,
  filesModule,
  documentsModule,
  tasksModule,
  assignmentsModule,
  activitiesModule,
  commitmentsModule,
  obstaclesModule,
  intakeModule,
  dashboardModule,
  overlapsModule,
  annualPlansModule,
  holidaysModule,
  notificationsModule,
  reportRoundsModule,
  reportSubmissionsModule,
  mailModule,
  remindersModule,
  urgingsModule,
  reportCompileModule,
];
