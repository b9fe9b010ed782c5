using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A handling unit's expiry (best-before) date — the earliest of the lots on it — in its state and in each event's
    /// state after, for FEFO allocation. Existing units have none.
    /// </summary>
    public partial class HandlingUnitExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE handling_units ADD COLUMN expires_on date NULL;
                ALTER TABLE handling_unit_events ADD COLUMN expires_on date NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE handling_unit_events DROP COLUMN IF EXISTS expires_on;
                ALTER TABLE handling_units DROP COLUMN IF EXISTS expires_on;
                """);
        }
    }
}
