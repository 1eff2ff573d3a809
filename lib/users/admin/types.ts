/** A row of the users changelist (lib/users/admin/data listAdminUsers). */
export type AdminUserRow = {
  id: number;
  username: string;
  email: string;
  isActive: boolean;
  isStaff: boolean;
  isSuperuser: boolean;
  dateJoined: Date;
  lastLogin: Date | null;
};
