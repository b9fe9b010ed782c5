namespace LKvitai.Domain.HandlingUnits;

/// <summary>Handling-unit types as text (PALLET, BOX, BAG, UNIT).</summary>
public static class HandlingUnitTypes
{
    public static readonly string Names = string.Join(", ", Enum.GetNames<HandlingUnitType>().Select(n => n.ToUpperInvariant()));

    public static bool IsValid(string? type) => Enum.TryParse<HandlingUnitType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed);

    public static HandlingUnitType Parse(string type) => Enum.Parse<HandlingUnitType>(type, ignoreCase: true);
}
