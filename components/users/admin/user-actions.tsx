import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { userAdminAction } from "@/lib/users/admin/actions";

/**
 * One user's operations (UserAdmin's actions): nobody is offered to disable or sign out their
 * own account; the server refuses it again, and refuses a superuser's account to non-superusers.
 */
export function UserActions({
  user,
  self,
}: {
  user: { id: number; username: string; isActive: boolean; emailVerified: Date | null };
  self: boolean;
}) {
  return (
    <form action={userAdminAction} className="flex flex-wrap gap-2">
      <input type="hidden" name="userId" value={user.id} />
      {user.isActive ? (
        !self && (
          <ConfirmSubmit
            label="Disable account"
            question={`Disable ${user.username} and sign them out everywhere?`}
            name="op"
            value="deactivate"
          />
        )
      ) : (
        <button className="btn btn-sm btn-success" name="op" value="activate">
          Enable account
        </button>
      )}
      {!self && (
        <button className="btn btn-sm btn-outline" name="op" value="sign-out-everywhere">
          Sign out everywhere
        </button>
      )}
      {!user.emailVerified && (
        <button className="btn btn-sm btn-outline" name="op" value="resend-verification">
          Resend verification
        </button>
      )}
      <button className="btn btn-sm btn-outline" name="op" value="send-reset">
        Send password reset
      </button>
    </form>
  );
}
