namespace LKvitai.Infrastructure.Projections;

/// <summary>
/// A read model kept behind the ledger: a table keyed by <see cref="KeyColumns"/> with a quantity, computed from
/// movements by <see cref="Compute"/>. Applying a batch adds the batch's sums; a rebuild computes from the whole ledger.
/// Because quantities only add up, applying movements in transaction order rather than sequence order gives the same result.
/// </summary>
internal sealed record ProjectionDefinition(string Name, string Table, string KeyColumns, Func<string, string> Compute);

internal static class ProjectionDefinitions
{
    private static string Deltas(string movements) => $"""
        SELECT to_location_id AS location_id, sku, quantity AS delta FROM {movements}
        UNION ALL SELECT from_location_id, sku, -quantity FROM {movements}
        """;

    public static readonly ProjectionDefinition BinOccupancy = new(
        "bin_occupancy", "projection_bin_occupancy", "location_id, sku",
        movements => $"""
            SELECT d.location_id, d.sku, sum(d.delta) AS quantity
            FROM ({Deltas(movements)}) d JOIN locations l ON l.id = d.location_id
            WHERE l.kind = 'Bin'
            GROUP BY d.location_id, d.sku
            """);

    public static readonly ProjectionDefinition StockBySku = new(
        "stock_by_sku", "projection_stock_by_sku", "sku, warehouse_id",
        movements => $"""
            SELECT d.sku, l.warehouse_id, sum(d.delta) AS quantity
            FROM ({Deltas(movements)}) d JOIN locations l ON l.id = d.location_id
            WHERE l.kind = 'Bin'
            GROUP BY d.sku, l.warehouse_id
            """);

    /// <summary>What each handling unit holds: in minus out, per unit and item.</summary>
    public static readonly ProjectionDefinition HandlingUnitContents = new(
        "handling_unit_contents", "projection_handling_unit_contents", "handling_unit_id, sku",
        movements => $"""
            SELECT d.handling_unit_id, d.sku, sum(d.delta) AS quantity FROM (
                SELECT to_handling_unit_id AS handling_unit_id, sku, quantity AS delta FROM {movements} WHERE to_handling_unit_id IS NOT NULL
                UNION ALL SELECT from_handling_unit_id, sku, -quantity FROM {movements} WHERE from_handling_unit_id IS NOT NULL) d
            GROUP BY d.handling_unit_id, d.sku
            """);

    public static readonly IReadOnlyList<ProjectionDefinition> All = [BinOccupancy, StockBySku, HandlingUnitContents];

    public static ProjectionDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
