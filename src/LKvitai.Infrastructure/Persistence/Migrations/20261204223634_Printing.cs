using System;
using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>Label printers and print jobs (sent by the print dispatchers in the API processes, as the API's role).</summary>
    public partial class Printing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "print_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    printer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    zpl = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    printed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_print_jobs", x => x.id);
                    table.CheckConstraint("ck_print_jobs_state", "state IN ('queued', 'printed', 'manual')");
                });

            migrationBuilder.CreateTable(
                name: "printers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    host = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    port = table.Column<int>(type: "integer", nullable: false, defaultValue: 9100),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_printers", x => x.id);
                    table.CheckConstraint("ck_printers_port", "port BETWEEN 1 AND 65535");
                });

            migrationBuilder.CreateIndex(
                name: "ix_print_jobs_due",
                table: "print_jobs",
                column: "next_attempt_at",
                filter: "state = 'queued'");

            migrationBuilder.CreateIndex(
                name: "ix_print_jobs_handling_unit_id",
                table: "print_jobs",
                column: "handling_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_print_jobs_state_created_at",
                table: "print_jobs",
                columns: new[] { "state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_printers_name",
                table: "printers",
                column: "name",
                unique: true);

            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "printers");
            migrationBuilder.Grant(DatabaseRoles.App, "USAGE", "SEQUENCE printers_id_seq");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "print_jobs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "print_jobs");

            migrationBuilder.DropTable(
                name: "printers");
        }
    }
}
