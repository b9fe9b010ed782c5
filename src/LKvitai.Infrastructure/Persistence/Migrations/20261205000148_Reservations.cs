using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>Reservations: event streams, state, locks, and the hard-locked quantity on every balance.</summary>
    public partial class Reservations : Migration
    {
        private static readonly string[] Tables = ["reservations", "reservation_locks"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReservationSchema.Up);

            // Allocation and cancellation run as the API's role; taking and releasing HARD locks changes balances, so it
            // runs as the ledger's role, in the same transaction as the balance rows it guards.
            foreach (var role in new[] { DatabaseRoles.App, DatabaseRoles.Ledger })
            {
                foreach (var table in Tables)
                {
                    migrationBuilder.Grant(role, "SELECT, INSERT, UPDATE, DELETE", table);
                }

                migrationBuilder.Grant(role, "SELECT, INSERT", "reservation_events");
                migrationBuilder.Grant(role, "INSERT", "outbox_messages");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReservationSchema.Down);
        }
    }
}
