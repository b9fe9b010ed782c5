using LKvitai.Domain.Common;

namespace LKvitai.Domain.Ledger;

/// <summary>One requested movement, as the ledger checks it before it touches any balance.</summary>
public sealed record MovementRequest(string Sku, decimal Quantity, string FromLocation, string ToLocation, MovementType Type);

public static class LedgerErrors
{
    public static Error InsufficientBalance(string sku, string location, decimal requested) => new(
        "ledger.insufficient_balance", "Insufficient balance", ErrorKind.BusinessRule,
        $"{location} holds less than {requested} of {sku}.");

    public static Error LocationNotFound(string code) =>
        Error.BusinessRule("ledger.location_not_found", "Location not found", $"There is no location '{code}'.");

    public static Error SkuNotFound(string code) =>
        Error.BusinessRule("ledger.sku_not_found", "Item not found", $"There is no item with code '{code}'.");
}

public static class LedgerRules
{
    /// <summary>Ledger quantities have three decimals (grams of a kilogram, millimetres of a metre).</summary>
    public const int QuantityScale = 3;

    public const decimal MaximumQuantity = 1_000_000_000m;

    public static bool IsValidQuantity(decimal quantity) =>
        quantity > 0 && quantity <= MaximumQuantity && decimal.Round(quantity, QuantityScale) == quantity;
}

/// <summary>
/// The ledger's arithmetic without a database: balances per (location, SKU), where physical locations may never go
/// below zero and virtual ones (supplier, production, …) may. The database enforces the same rules; this model is
/// what property tests compare it with.
/// </summary>
public sealed class BalanceBook
{
    private readonly Dictionary<(string Location, string Sku), decimal> balances = [];
    private readonly Func<string, bool> isPhysical;

    public BalanceBook(Func<string, bool> isPhysical) => this.isPhysical = isPhysical;

    public IReadOnlyDictionary<(string Location, string Sku), decimal> Balances => balances;

    public decimal BalanceOf(string location, string sku) => balances.GetValueOrDefault((location, sku));

    /// <summary>Applies all movements or none (a batch, or the lines of one handling unit).</summary>
    public bool TryApply(IReadOnlyList<MovementRequest> movements)
    {
        var pending = new Dictionary<(string, string), decimal>();
        foreach (var movement in movements)
        {
            if (movement.FromLocation == movement.ToLocation || !LedgerRules.IsValidQuantity(movement.Quantity))
            {
                return false;
            }

            var from = (movement.FromLocation, movement.Sku);
            var available = pending.GetValueOrDefault(from, BalanceOf(movement.FromLocation, movement.Sku));
            if (isPhysical(movement.FromLocation) && available < movement.Quantity)
            {
                return false;
            }

            pending[from] = available - movement.Quantity;
            var to = (movement.ToLocation, movement.Sku);
            pending[to] = pending.GetValueOrDefault(to, BalanceOf(movement.ToLocation, movement.Sku)) + movement.Quantity;
        }

        foreach (var (key, value) in pending)
        {
            balances[key] = value;
        }

        return true;
    }
}
