namespace LKvitai.Domain.Printing;

/// <summary>The Serial Shipping Container Code (GS1): 18 digits, the last a mod-10 check digit.</summary>
public static class SsccRules
{
    public const int Length = 18;

    public static bool IsValid(string? sscc) =>
        sscc is { Length: Length } && sscc.All(char.IsAsciiDigit) && sscc[^1] - '0' == CheckDigit(sscc.AsSpan(0, Length - 1));

    /// <summary>GS1 check digit: weights 3, 1, 3 … from the right-most data digit.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (10 - sum % 10) % 10;
    }
}
