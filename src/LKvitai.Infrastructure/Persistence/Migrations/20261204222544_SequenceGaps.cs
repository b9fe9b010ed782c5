using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LKvitai.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Sequence numbers taken by ledger transactions that rolled back: the consistency check tells these holes from a
    /// movement that went missing.
    /// </summary>
    public partial class SequenceGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE ledger_sequence_gaps (
                    sequence     bigint PRIMARY KEY,
                    reason       varchar(200) NOT NULL,
                    recorded_at  timestamptz NOT NULL DEFAULT now()
                );
                REVOKE ALL ON ledger_sequence_gaps FROM PUBLIC;
                """);
            migrationBuilder.Grant(DatabaseRoles.Ledger, "SELECT, INSERT", "ledger_sequence_gaps");
            migrationBuilder.Grant(DatabaseRoles.App, "SELECT", "ledger_sequence_gaps");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ledger_sequence_gaps;");
        }
    }
}
