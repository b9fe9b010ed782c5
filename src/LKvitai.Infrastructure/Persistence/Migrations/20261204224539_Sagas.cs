using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>Persisted sagas and their steps; announced deliveries.</summary>
    public partial class Sagas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SagaSchema.Up);
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE", "sagas");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT", "saga_steps");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT", "announced_deliveries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SagaSchema.Down);
        }
    }
}
