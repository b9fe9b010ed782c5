using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>Handling units in the ledger: balances per handling unit, their state and events, their contents projection.</summary>
    public partial class HandlingUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HandlingUnitSchema.Up);

            // The ledger writes handling units with their movements; the API reads them and draws SSCC serial numbers.
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT, UPDATE", "handling_units");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT", "handling_unit_events");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT", "handling_units");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT", "handling_unit_events");
            migrationBuilder.Grant(DatabaseRoles.App, "USAGE, SELECT", "SEQUENCE handling_unit_serials");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "projection_handling_unit_contents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HandlingUnitSchema.Down);
        }
    }
}
