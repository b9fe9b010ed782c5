using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Printing;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Label printing: printers, print jobs sent over TCP to a fake Zebra printer, retries, the manual queue.</summary>
public sealed class PrintingTests(PrintingTests.PrintingApi api) : IClassFixture<PrintingTests.PrintingApi>
{
    public sealed class PrintingApi : WmsApiFactory
    {
        protected override string DatabasePrefix => "printing";

        // Short retry delays and timeouts so a job reaches the manual queue in about two seconds.
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Printing:Enabled"] = "true",
            ["Printing:RetryDelays:0"] = "00:00:00.1",
            ["Printing:RetryDelays:1"] = "00:00:00.2",
            ["Printing:RetryDelays:2"] = "00:00:00.3",
            ["Printing:AckTimeout"] = "00:00:00.4",
            ["Printing:PollInterval"] = "00:00:00.1",
        };
    }

    private static string NewSscc()
    {
        var digits = string.Concat(Enumerable.Range(0, 17).Select(_ => (char)('0' + Random.Shared.Next(10))));
        return digits + SsccRules.CheckDigit(digits);
    }

    private static HandlingUnitLabel Label(string? sscc = null) =>
        new(Guid.NewGuid(), sscc ?? NewSscc(), "PALLET", "MAIN-A01-R01-L1-B1",
            [new HandlingUnitLabelLine("BOLT-M8-40", "Hex bolt M8x40", 40, "PCS")], DateTimeOffset.UtcNow, "RCPT-1");

    private async Task<string> RegisterPrinterAsync(FakePrinter printer, bool enabled = true)
    {
        using var admin = api.ApiKeyClient();
        var name = $"P-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var created = await (await admin.PostAsJsonAsync("/api/v1/printers",
            new { commandId = Guid.NewGuid(), name, host = "127.0.0.1", port = printer.Port, enabled })).JsonAsync(HttpStatusCode.Created);
        created.GetProperty("name").GetString().Should().Be(name);
        return name;
    }

    private Task<PrintJobDto> QueueAsync(Guid id, HandlingUnitLabel label, string? printer) =>
        api.WithScopeAsync(sp => sp.GetRequiredService<ILabelPrinting>().QueueAsync(id, label, printer, "receipt-saga", CancellationToken.None));

    private async Task<JsonElement> WaitForStateAsync(Guid id, string state)
    {
        using var client = api.ApiKeyClient();
        JsonElement job = default;
        for (var i = 0; i < 150; i++)
        {
            job = await (await client.GetAsync($"/api/v1/print-jobs/{id}")).JsonAsync();
            if (job.GetProperty("state").GetString() == state)
            {
                return job;
            }

            await Task.Delay(100);
        }

        job.GetProperty("state").GetString().Should().Be(state, job.ToString());
        return job;
    }

    [Fact]
    public async Task QueueAsync_WhenPrinterAnswers_DeliversTheLabelAndMarksItPrinted()
    {
        await using var printer = new FakePrinter();
        var name = await RegisterPrinterAsync(printer);
        var label = Label();
        var id = Guid.NewGuid();

        var queued = await QueueAsync(id, label, name);

        queued.Id.Should().Be(id);
        queued.Printer.Should().Be(name);
        queued.RequestedBy.Should().Be("receipt-saga");
        var job = await WaitForStateAsync(id, PrintJobStates.Printed);
        job.GetProperty("attempts").GetInt32().Should().Be(1);
        job.GetProperty("printedAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        printer.Received.Should().ContainSingle().Which.Should().Contain(label.Sscc).And.Contain("^BC").And.StartWith("^XA");

        using var client = api.ApiKeyClient();
        var zpl = await (await client.GetAsync($"/api/v1/print-jobs/{id}/label")).JsonAsync();
        zpl.GetProperty("zpl").GetString().Should().Contain($">;>800{label.Sscc}");
        (await client.GetStringAsync("/metrics")).Should().Contain("lkvitai_print_jobs_total{outcome=\"printed\"}");
    }

    [Fact]
    public async Task QueueAsync_WhenPrinterDoesNotAnswer_RetriesThenMovesToManualQueue_AndManualRetryPrints()
    {
        await using var printer = new FakePrinter { Answers = false };
        var name = await RegisterPrinterAsync(printer);
        var id = Guid.NewGuid();

        await QueueAsync(id, Label(), name);

        var job = await WaitForStateAsync(id, PrintJobStates.Manual);
        job.GetProperty("attempts").GetInt32().Should().Be(4, "the first attempt and three retries");
        job.GetProperty("lastError").GetString().Should().Contain("did not answer");
        printer.Connections.Should().Be(4);
        using var manager = await api.LoginAsync("manager");
        var queue = await (await manager.GetAsync("/api/v1/print-jobs?state=manual&pageSize=1000")).JsonAsync();
        queue.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()).Should().Contain(id);

        printer.Answers = true;
        var retried = await (await manager.PostAsJsonAsync($"/api/v1/print-jobs/{id}/retry", new { commandId = Guid.NewGuid() })).JsonAsync();
        retried.GetProperty("state").GetString().Should().Be(PrintJobStates.Queued);

        job = await WaitForStateAsync(id, PrintJobStates.Printed);
        job.GetProperty("attempts").GetInt32().Should().Be(5);
        job.GetProperty("lastError").ValueKind.Should().Be(JsonValueKind.Null);
        var again = await manager.PostAsJsonAsync($"/api/v1/print-jobs/{id}/retry", new { commandId = Guid.NewGuid() });
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "printing.print_job_already_printed");
        using var client = api.ApiKeyClient();
        (await client.GetStringAsync("/metrics")).Should().Contain("lkvitai_print_failures_total").And.Contain("lkvitai_print_jobs_total{outcome=\"manual\"}");
    }

    [Fact]
    public async Task QueueAsync_SameIdTwice_PrintsOnce()
    {
        await using var printer = new FakePrinter();
        var name = await RegisterPrinterAsync(printer);
        var label = Label();
        var id = Guid.NewGuid();

        var first = await QueueAsync(id, label, name);
        var second = await QueueAsync(id, label, name);

        second.Id.Should().Be(first.Id);
        second.CreatedAt.Should().Be(first.CreatedAt);
        await WaitForStateAsync(id, PrintJobStates.Printed);
        (await QueueAsync(id, label, name)).State.Should().Be(PrintJobStates.Printed, "a printed job is returned, not printed again");
        await Task.Delay(500);
        printer.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task QueueAsync_SameIdConcurrently_CreatesOneJobAndPrintsOnce()
    {
        await using var printer = new FakePrinter();
        var name = await RegisterPrinterAsync(printer);
        var label = Label();
        var id = Guid.NewGuid();

        var jobs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => QueueAsync(id, label, name))));

        jobs.Select(j => (j.Id, j.CreatedAt)).Distinct().Should().ContainSingle();
        await WaitForStateAsync(id, PrintJobStates.Printed);
        await Task.Delay(500);
        printer.Received.Should().ContainSingle();
        using var client = api.ApiKeyClient();
        var page = await (await client.GetAsync($"/api/v1/print-jobs?handlingUnitId={label.HandlingUnitId}")).JsonAsync();
        page.GetProperty("total").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task QueueAsync_ToUnknownPrinter_GoesStraightToTheManualQueue()
    {
        var job = await QueueAsync(Guid.NewGuid(), Label(), "NO-SUCH-PRINTER");

        job.State.Should().Be(PrintJobStates.Manual);
        job.LastError.Should().Be("Printer NO-SUCH-PRINTER is not registered");
    }

    [Fact]
    public async Task MarkPrintJobPrinted_FromTheManualQueue_ByManagersOnly()
    {
        await using var printer = new FakePrinter();
        var name = await RegisterPrinterAsync(printer, enabled: false);
        var id = Guid.NewGuid();
        await QueueAsync(id, Label(), name);
        var job = await WaitForStateAsync(id, PrintJobStates.Manual);
        job.GetProperty("lastError").GetString().Should().Be($"Printer {name} is disabled");
        printer.Connections.Should().Be(0);

        using var operatorClient = await api.LoginAsync("operator");
        var refused = await operatorClient.PostAsJsonAsync($"/api/v1/print-jobs/{id}/printed", new { commandId = Guid.NewGuid() });
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        using var manager = await api.LoginAsync("manager");
        var marked = await (await manager.PostAsJsonAsync($"/api/v1/print-jobs/{id}/printed", new { commandId = Guid.NewGuid() })).JsonAsync();

        marked.GetProperty("state").GetString().Should().Be(PrintJobStates.Printed);
        var queue = await (await operatorClient.GetAsync("/api/v1/print-jobs?state=manual&pageSize=1000")).JsonAsync();
        queue.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()).Should().NotContain(id);
        var missing = await manager.PostAsJsonAsync($"/api/v1/print-jobs/{Guid.NewGuid()}/printed", new { commandId = Guid.NewGuid() });
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "printing.print_job_not_found");
    }

    [Fact]
    public async Task RegisterPrinter_WithInvalidFields_Returns400WithFieldErrors()
    {
        using var admin = api.ApiKeyClient();

        var response = await admin.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name = "bad name!", host = "", port = 70000 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("name", "host", "port");
    }

    [Fact]
    public async Task RegisterPrinter_WithTakenName_Returns409_AndDefaultsPortTo9100()
    {
        using var admin = api.ApiKeyClient();
        var name = $"DUP-{Guid.NewGuid():N}"[..12];
        var created = await (await admin.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name, host = "printer-1.local" })).JsonAsync(HttpStatusCode.Created);
        created.GetProperty("port").GetInt32().Should().Be(9100);
        created.GetProperty("enabled").GetBoolean().Should().BeTrue();

        var duplicate = await admin.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name = name.ToLowerInvariant(), host = "10.0.0.9" });

        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "printing.printer_exists");
    }

    [Fact]
    public async Task Printers_RegisterAndUpdateForAdministratorsOnly_ListForEveryone()
    {
        using var operatorClient = await api.LoginAsync("operator");
        using var manager = await api.LoginAsync("manager");
        using var admin = await api.LoginAsync("admin");
        var name = $"ACL-{Guid.NewGuid():N}"[..12].ToUpperInvariant();

        var refused = await operatorClient.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name, host = "10.0.0.1" });
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await (await manager.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name, host = "10.0.0.1" })).Content.ReadAsStringAsync())
            .Should().Contain("auth.forbidden");
        (await admin.PostAsJsonAsync("/api/v1/printers", new { commandId = Guid.NewGuid(), name, host = "10.0.0.1" })).StatusCode.Should().Be(HttpStatusCode.Created);

        var update = new { commandId = Guid.NewGuid(), host = "10.0.0.2", port = 6101, enabled = false };
        await (await operatorClient.PutAsJsonAsync($"/api/v1/printers/{name}", update)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var updated = await (await admin.PutAsJsonAsync($"/api/v1/printers/{name.ToLowerInvariant()}", update)).JsonAsync();
        updated.GetProperty("host").GetString().Should().Be("10.0.0.2");
        updated.GetProperty("port").GetInt32().Should().Be(6101);
        updated.GetProperty("enabled").GetBoolean().Should().BeFalse();
        await (await admin.PutAsJsonAsync("/api/v1/printers/NOPE-404", update with { commandId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "printing.printer_not_found");

        var printers = await (await operatorClient.GetAsync("/api/v1/printers")).JsonAsync();
        printers.EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain(name);
        await (await operatorClient.GetAsync("/api/v1/print-jobs?state=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}
