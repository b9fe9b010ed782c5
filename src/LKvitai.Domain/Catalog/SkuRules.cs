using System.Text.RegularExpressions;

namespace LKvitai.Domain.Catalog;

public static partial class SkuRules
{
    public static readonly IReadOnlyList<string> UnitsOfMeasure = ["PCS", "EA", "KG", "G", "L", "ML", "M", "M2", "M3", "BOX", "PALLET", "ROLL", "SET"];

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._/-]{0,39}$")]
    private static partial Regex CodePattern();

    /// <summary>Upper-case letters, digits and . _ / -; at most 40 characters (printable as a barcode).</summary>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);
}
