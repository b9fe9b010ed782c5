using System.Text.RegularExpressions;

namespace LKvitai.Domain.Layout;

/// <summary>Where stock can be: a physical bin, or a virtual location outside the warehouse's shelves.</summary>
public enum LocationKind
{
    Bin,
    Virtual,
}

public static partial class VirtualLocations
{
    public const string Supplier = "SUPPLIER";
    public const string Production = "PRODUCTION";
    public const string Scrap = "SCRAP";
    public const string System = "SYSTEM";
    public const string Customer = "CUSTOMER";

    public static readonly IReadOnlyList<string> All = [Supplier, Production, Scrap, System, Customer];

    public static bool IsVirtual(string code) => All.Contains(code, StringComparer.Ordinal);
}

/// <summary>A box in space: position of its lower corner and its size, in metres.</summary>
public readonly record struct BinSpace(decimal X, decimal Y, decimal Z, decimal Width, decimal Depth, decimal Height)
{
    /// <summary>Two bins overlap when their boxes share volume; touching faces is fine (neighbouring bins).</summary>
    public bool Overlaps(BinSpace other) =>
        X < other.X + other.Width && other.X < X + Width &&
        Y < other.Y + other.Depth && other.Y < Y + Depth &&
        Z < other.Z + other.Height && other.Z < Z + Height;
}

public static partial class LocationRules
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,39}$")]
    private static partial Regex CodePattern();

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();
}
