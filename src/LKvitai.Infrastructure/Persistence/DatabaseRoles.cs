using Microsoft.EntityFrameworkCore.Migrations;

namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Grants in migrations, so the rules about who may write what travel with the schema. Each grant is skipped when the
/// role does not exist (a developer's own server without db/roles.sql), so migrations never fail for that reason.
/// </summary>
internal static class DatabaseRoles
{
    public const string Owner = "lkvitai_owner";
    public const string App = "lkvitai_app";
    public const string Ledger = "lkvitai_ledger";

    public static void Grant(this MigrationBuilder migration, string role, string privileges, string onObject) =>
        migration.Sql(IfRoleExists(role, $"GRANT {privileges} ON {onObject} TO {role}"));

    public static void Revoke(this MigrationBuilder migration, string role, string privileges, string onObject) =>
        migration.Sql(IfRoleExists(role, $"REVOKE {privileges} ON {onObject} FROM {role}"));

    private static string IfRoleExists(string role, string statement) =>
        $"DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN EXECUTE '{statement.Replace("'", "''")}'; END IF; END $$;";
}
