// Every page of the app: its address, its menu entry and who sees it. Pages load lazily.
// A capability adds its pages here (one entry each) and nowhere else.
import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DiffOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  MailOutlined,
  OrderedListOutlined,
  ScheduleOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Role } from './api/me';

export interface AppRoute {
  path: string;
  /** Menu label; routes without one are reachable by link only. */
  label?: string;
  icon?: ReactNode;
  /** Who may open the page (the API checks again; this only shapes the menu). */
  roles: Role[] | 'all';
  page: LazyExoticComponent<ComponentType>;
}

export const routes: AppRoute[] = [
  {
    path: '/',
    label: 'Trang chủ',
    icon: <HomeOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/home/HomePage')),
  },
  {
    path: '/tong-quan',
    label: 'Tổng quan',
    icon: <DashboardOutlined />,
    roles: ['admin', 'focal', 'leader'],
    page: lazy(() => import('./pages/dashboard/DashboardPage')),
  },
  {
    path: '/ke-hoach-nam',
    label: 'Kế hoạch năm',
    icon: <CalendarOutlined />,
    roles: ['focal', 'leader'],
    page: lazy(() => import('./pages/annual-plans/AnnualPlansPage')),
  },
  {
    path: '/ke-hoach-nam/:id',
    roles: ['focal', 'leader'],
    page: lazy(() => import('./pages/annual-plans/AnnualPlanPage')),
  },
  {
    path: '/ra-soat-trung-lap',
    label: 'Rà soát trùng lặp',
    icon: <DiffOutlined />,
    roles: ['focal', 'leader'],
    page: lazy(() => import('./pages/overlaps/OverlapsPage')),
  },
  {
    path: '/don-vi',
    label: 'Đơn vị',
    icon: <ApartmentOutlined />,
    roles: ['admin', 'focal', 'leader'],
    page: lazy(() => import('./pages/units/UnitsPage')),
  },
  { path: '/don-vi/:id', roles: 'all', page: lazy(() => import('./pages/units/UnitScorecardPage')) },
  {
    path: '/nguoi-dung',
    label: 'Người dùng',
    icon: <TeamOutlined />,
    roles: ['admin'],
    page: lazy(() => import('./pages/users/UsersPage')),
  },
  {
    path: '/nhat-ky',
    label: 'Nhật ký thay đổi',
    icon: <AuditOutlined />,
    roles: ['admin', 'focal', 'leader'],
    page: lazy(() => import('./pages/audit/AuditPage')),
  },
  {
    path: '/van-ban',
    label: 'Văn bản',
    icon: <FileTextOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/documents/DocumentsPage')),
  },
  { path: '/van-ban/:id', roles: 'all', page: lazy(() => import('./pages/documents/DocumentPage')) },
  {
    path: '/nhiem-vu',
    label: 'Nhiệm vụ',
    icon: <OrderedListOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/tasks/TasksPage')),
  },
  { path: '/nhiem-vu/:id', roles: 'all', page: lazy(() => import('./pages/tasks/TaskPage')) },
  {
    path: '/giao-viec',
    label: 'Việc giao đơn vị',
    icon: <ScheduleOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/assignments/AssignmentsPage')),
  },
  { path: '/giao-viec/:id', roles: 'all', page: lazy(() => import('./pages/assignments/AssignmentPage')) },
  {
    path: '/cam-ket',
    label: 'Cam kết, thỏa thuận',
    icon: <FileProtectOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/commitments/CommitmentsPage')),
  },
  { path: '/cam-ket/:id', roles: 'all', page: lazy(() => import('./pages/commitments/CommitmentPage')) },
  { path: '/cam-ket-uu-tien', roles: 'all', page: lazy(() => import('./pages/commitments/PriorityPage')) },
  { path: '/cam-ket-quoc-gia', roles: 'all', page: lazy(() => import('./pages/commitments/SummaryPage')) },
  {
    path: '/hoat-dong-doi-ngoai',
    roles: 'all',
    page: lazy(() => import('./pages/commitments/ActivitiesPage')),
  },
  {
    path: '/vuong-mac',
    label: 'Vướng mắc',
    icon: <WarningOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/obstacles/ObstaclesPage')),
  },
  {
    path: '/tiep-nhan-van-ban',
    label: 'Tiếp nhận văn bản',
    icon: <FileSearchOutlined />,
    roles: ['focal'],
    page: lazy(() => import('./pages/intake/IntakePage')),
  },
  {
    path: '/ky-bao-cao',
    label: 'Kỳ báo cáo',
    icon: <FileDoneOutlined />,
    roles: 'all',
    page: lazy(() => import('./pages/report-rounds/RoundsPage')),
  },
  { path: '/ky-bao-cao/:id', roles: 'all', page: lazy(() => import('./pages/report-rounds/RoundPage')) },
  {
    path: '/bao-cao-don-vi/:id',
    roles: 'all',
    page: lazy(() => import('./pages/report-rounds/SubmissionPage')),
  },
  {
    path: '/lich-nghi-le',
    label: 'Lịch nghỉ lễ',
    icon: <CalendarOutlined />,
    roles: ['admin', 'focal'],
    page: lazy(() => import('./pages/holidays/HolidaysPage')),
  },
  { path: '/tai-khoan', roles: 'all', page: lazy(() => import('./pages/account/AccountPage')) },
  {
    path: '/thu-di',
    label: 'Hộp thư đi',
    icon: <MailOutlined />,
    roles: ['admin'],
    page: lazy(() => import('./pages/mail/OutboxPage')),
  },
  {
    path: '/quy-tac-nhac-han',
    label: 'Quy tắc nhắc hạn',
    icon: <BellOutlined />,
    roles: ['admin', 'focal'],
    page: lazy(() => import('./pages/reminders/ReminderRulesPage')),
  },
  { path: '/thong-bao', roles: 'all', page: lazy(() => import('./pages/notifications/NotificationsPage')) },
];

export const canSee = (route: AppRoute, role: Role) => route.roles === 'all' || route.roles.includes(role);
