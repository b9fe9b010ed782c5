using System;
using Microsoft.EntityFrameworkCore.Migrations;
using LKvitai.Infrastructure.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>Notifications kept per user until read (e.g. a bumped reservation), written by the outbox dispatchers as the API's role.</summary>
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recipient = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    subject = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    source_message_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_id",
                table: "notifications",
                columns: new[] { "recipient", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_source_message_id",
                table: "notifications",
                column: "source_message_id",
                unique: true);

            // Read and marked read by their recipient; stored by the dispatcher that delivers the outbox message.
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE", "notifications");
            migrationBuilder.Grant(DatabaseRoles.App, "USAGE", "SEQUENCE notifications_id_seq");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
