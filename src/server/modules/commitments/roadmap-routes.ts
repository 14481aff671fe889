// /api/commitments/{id}/reviews, /milestones, /resources and /timeline.

import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { FastifyZod } from '../../lib/fastify-zod.js';
import { commonErrors, okBody } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import { presentMilestone, presentResource, presentReview } from './present.js';
import {
  commitmentParam,
  createMilestoneBody,
  createResourceBody,
  createReviewBody,
  milestoneChangeOut,
  milestoneOut,
  milestoneParam,
  resourceOut,
  resourceParam,
  reviewOut,
  timelineOut,
  updateMilestoneBody,
  updateResourceBody,
} from './roadmap-schema.js';
import * as service from './roadmap-service.js';
import { commitmentTimeline } from './timeline.js';

const tags = ['Cam kết, thỏa thuận'];

export function registerRoadmapRoutes(app: FastifyZod, ctx: AppContext) {
  const today = () => ctx.clock.today();
  const changeOut = (r: Awaited<ReturnType<typeof service.updateMilestone>>) => ({
    milestone: presentMilestone(r.milestone, today()),
    commitment: r.commitment,
  });

  app.get(
    '/commitments/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Các lần rà soát (mới nhất trước)',
        params: commitmentParam,
        response: { 200: z.array(reviewOut), ...commonErrors },
      },
    },
    async (req) => (await service.listReviews(ctx, actorOf(req), req.params.id)).map(presentReview),
  );

  app.post(
    '/commitments/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Rà soát cam kết',
        params: commitmentParam,
        body: createReviewBody,
        response: { 201: reviewOut, ...commonErrors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentReview(await service.createReview(ctx, actorOf(req), req.params.id, req.body))),
  );

  app.get(
    '/commitments/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Lộ trình: các mốc',
        params: commitmentParam,
        response: { 200: z.array(milestoneOut), ...commonErrors },
      },
    },
    async (req) =>
      (await service.listMilestones(ctx, actorOf(req), req.params.id)).map((m) =>
        presentMilestone(m, today()),
      ),
  );

  app.post(
    '/commitments/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Thêm mốc lộ trình',
        params: commitmentParam,
        body: createMilestoneBody,
        response: { 201: milestoneChangeOut, ...commonErrors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(changeOut(await service.createMilestone(ctx, actorOf(req), req.params.id, req.body))),
  );

  app.patch(
    '/commitments/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: 'Sửa mốc hoặc cập nhật tiến độ mốc',
        params: milestoneParam,
        body: updateMilestoneBody,
        response: { 200: milestoneChangeOut, ...commonErrors },
      },
    },
    async (req) =>
      changeOut(
        await service.updateMilestone(ctx, actorOf(req), req.params.id, req.params.milestoneId, req.body),
      ),
  );

  app.delete(
    '/commitments/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: 'Xóa mốc lộ trình',
        params: milestoneParam,
        response: { 200: okBody, ...commonErrors },
      },
    },
    async (req) => {
      await service.deleteMilestone(ctx, actorOf(req), req.params.id, req.params.milestoneId);
      return { ok: true as const };
    },
  );

  app.get(
    '/commitments/:id/resources',
    {
      schema: {
        tags,
        summary: 'Nguồn lực: cán bộ, kinh phí theo nguồn',
        params: commitmentParam,
        response: { 200: z.array(resourceOut), ...commonErrors },
      },
    },
    async (req) => (await service.listResources(ctx, actorOf(req), req.params.id)).map(presentResource),
  );

  app.post(
    '/commitments/:id/resources',
    {
      schema: {
        tags,
        summary: 'Thêm dòng nguồn lực',
        params: commitmentParam,
        body: createResourceBody,
        response: { 201: resourceOut, ...commonErrors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentResource(await service.createResource(ctx, actorOf(req), req.params.id, req.body))),
  );

  app.patch(
    '/commitments/:id/resources/:resourceId',
    {
      schema: {
        tags,
        summary: 'Sửa dòng nguồn lực',
        params: resourceParam,
        body: updateResourceBody,
        response: { 200: resourceOut, ...commonErrors },
      },
    },
    async (req) =>
      presentResource(
        await service.updateResource(ctx, actorOf(req), req.params.id, req.params.resourceId, req.body),
      ),
  );

  app.delete(
    '/commitments/:id/resources/:resourceId',
    {
      schema: {
        tags,
        summary: 'Xóa dòng nguồn lực',
        params: resourceParam,
        response: { 200: okBody, ...commonErrors },
      },
    },
    async (req) => {
      await service.deleteResource(ctx, actorOf(req), req.params.id, req.params.resourceId);
      return { ok: true as const };
    },
  );

  app.get(
    '/commitments/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Dòng thời gian của cam kết',
        params: commitmentParam,
        response: { 200: timelineOut, ...commonErrors },
      },
    },
    async (req) => commitmentTimeline(ctx, actorOf(req), req.params.id),
  );
}
