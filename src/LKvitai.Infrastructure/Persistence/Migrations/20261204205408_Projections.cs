using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Projections : Migration
    {
        private static readonly string[] Tables =
            ["projection_checkpoints", "projection_bin_occupancy", "projection_stock_by_sku", "projection_rebuilds"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ProjectionSchema.Up);

            // Projection workers run in the API processes, as the API's role.
            foreach (var table in Tables)
            {
                migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", table);
            }

            // The ledger writes StockMoved messages with its movements; the API's dispatchers deliver them.
            migrationBuilder.Grant(DatabaseRoles.Ledger, "INSERT", "outbox_messages");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ProjectionSchema.Down);
        }
    }
}
