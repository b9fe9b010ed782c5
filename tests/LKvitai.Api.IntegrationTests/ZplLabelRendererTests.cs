using LKvitai.Application.Common.Interfaces;
using LKvitai.Infrastructure.Integrations.Printing;

namespace LKvitai.Api.IntegrationTests;

/// <summary>The ZPL renderer on its own: pure, no database (it lives in Infrastructure, which this project sees).</summary>
public sealed class ZplLabelRendererTests
{
    private const string Sscc = "006141411234567890";

    private static HandlingUnitLabel Label(string sscc = Sscc, int lines = 2, string? name = "Hex bolt M8x40") =>
        new(Guid.NewGuid(), sscc, "PALLET", "MAIN-A01-R01-L1-B1",
            Enumerable.Range(1, lines).Select(i => new HandlingUnitLabelLine($"BOLT-M8-{i}", name, 40.5m * i, "PCS")).ToList(),
            new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero), "RCPT-2026-0042");

    [Fact]
    public void Render_WithValidLabel_HasGs1128BarcodeWithAi00AndHumanReadableSscc()
    {
        var zpl = new ZplLabelRenderer().Render(Label());

        zpl.Should().StartWith("^XA").And.EndWith("^XZ\n");
        zpl.Should().Contain("^BCN,200,N,N,N^FD>;>800006141411234567890^FS", "Code 128 subset C, FNC1, AI 00 and the SSCC");
        zpl.Should().Contain("(00) 0 0614141 123456789 0");
    }

    [Fact]
    public void Render_WithValidLabel_ShowsLinesDateReceiptTypeAndLocation()
    {
        var zpl = new ZplLabelRenderer().Render(Label());

        zpl.Should().Contain("^FDBOLT-M8-1^FS").And.Contain("^FDHex bolt M8x40^FS").And.Contain("^FD40.5 PCS^FS").And.Contain("^FD81 PCS^FS");
        zpl.Should().Contain("Date: 2026-12-04").And.Contain("Receipt: RCPT-2026-0042");
        zpl.Should().Contain("^FDPALLET^FS").And.Contain("Location: MAIN-A01-R01-L1-B1");
        zpl.Should().NotContain("Best before", "this unit has no expiry date");
        new ZplLabelRenderer().Render(Label() with { ExpiresOn = new DateOnly(2027, 3, 31) }).Should().Contain("^FDBest before: 2027-03-31^FS");
    }

    [Fact]
    public void Render_SameLabelTwice_GivesTheSameText()
    {
        var label = Label();

        new ZplLabelRenderer().Render(label).Should().Be(new ZplLabelRenderer().Render(label));
    }

    [Fact]
    public void Render_WithZplControlCharactersInData_EscapesThem()
    {
        var zpl = new ZplLabelRenderer().Render(Label(name: "Bolt ^XZ~JR_1"));

        zpl.Should().Contain("^FH^FDBolt _5EXZ_7EJR_5F1^FS");
        zpl.Split("^XZ").Should().HaveCount(2, "the only ^XZ ends the label");
    }

    [Fact]
    public void Render_WithMoreLinesThanFit_SummarisesTheRest()
    {
        var zpl = new ZplLabelRenderer().Render(Label(lines: 20));

        zpl.Should().Contain("BOLT-M8-13^FS").And.NotContain("BOLT-M8-14^FS");
        zpl.Should().Contain("+ 7 more lines");
    }

    [Theory]
    [InlineData("006141411234567891")] // wrong check digit
    [InlineData("00614141123456789")]  // 17 digits
    [InlineData("0061414112345678A0")]
    public void Render_WithInvalidSscc_Throws(string sscc)
    {
        var render = () => new ZplLabelRenderer().Render(Label(sscc));

        render.Should().Throw<ArgumentException>().WithMessage("*not a valid SSCC*");
    }

    [Fact]
    public void HumanReadable_WithLongerCompanyPrefix_GroupsAccordingly() =>
        new ZplLabelRenderer(companyPrefixLength: 9).HumanReadable(Sscc).Should().Be("(00) 0 061414112 3456789 0");
}
