using System;
using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LayoutAndLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "warehouses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    warehouse_id = table.Column<int>(type: "integer", nullable: true),
                    aisle = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    rack = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    level = table.Column<int>(type: "integer", nullable: true),
                    x = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    y = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    z = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    width = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    depth = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    height = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    capacity_handling_units = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.CheckConstraint("ck_locations_bin_has_warehouse", "kind <> 'Bin' OR warehouse_id IS NOT NULL");
                    table.CheckConstraint("ck_locations_capacity", "capacity_handling_units IS NULL OR capacity_handling_units >= 0");
                    table.CheckConstraint("ck_locations_size", "width >= 0 AND depth >= 0 AND height >= 0");
                    table.ForeignKey(
                        name: "fk_locations_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_locations_code",
                table: "locations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_locations_warehouse_id_aisle_rack_level",
                table: "locations",
                columns: new[] { "warehouse_id", "aisle", "rack", "level" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouses_code",
                table: "warehouses",
                column: "code",
                unique: true);

            migrationBuilder.Sql(LedgerSchema.Up);

            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "warehouses");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "locations");
            migrationBuilder.Grant(DatabaseRoles.App, "USAGE", "SEQUENCE warehouses_id_seq");
            migrationBuilder.Grant(DatabaseRoles.App, "USAGE", "SEQUENCE locations_id_seq");

            // The ledger's writer alone appends movements and moves balances; everybody else only reads them.
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT", "stock_movements");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT", "stock_balances");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT", "stock_movements");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT, UPDATE", "stock_balances");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT", "locations");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT", "skus");
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT", "idempotency_records");

            // Snapshots are derived from the ledger by a background job running as the API's role.
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, UPDATE, DELETE", "stock_snapshots");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT, DELETE", "stock_snapshot_balances");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT, INSERT", "consistency_checks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LedgerSchema.Down);

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "warehouses");
        }
    }
}
