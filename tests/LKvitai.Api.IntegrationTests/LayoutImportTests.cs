using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Bulk layout import: all or nothing, with a report of every bad row.</summary>
public sealed class LayoutImportTests(LedgerTests.LedgerApi api) : IClassFixture<LedgerTests.LedgerApi>
{
    private const string Header = "code,aisle,rack,level,x,y,z,width,depth,height,capacity";

    private static async Task<string> WarehouseAsync(HttpClient client, string code)
    {
        (await client.PostAsJsonAsync("/api/v1/warehouses", new { commandId = Guid.NewGuid(), code, name = code })).StatusCode.Should().Be(HttpStatusCode.Created);
        return code;
    }

    [Fact]
    public async Task CsvImport_CreatesEveryBin()
    {
        using var client = api.ApiKeyClient();
        var warehouse = await WarehouseAsync(client, "IMPCSV");
        var csv = $"{Header}\nIMPCSV-A1-L1,A1,R1,1,0,0,0,1.2,1,1.5,2\nIMPCSV-A1-L2,A1,R1,2,0,0,1.5,1.2,1,1.5,2\r\nimpcsv-a1-l3,a1,r1,3,0,0,3,1.2,1,1.5,2\n";

        var imported = await (await client.PostAsJsonAsync("/api/v1/locations/import",
            new { commandId = Guid.NewGuid(), warehouse, format = "csv", content = csv })).JsonAsync(HttpStatusCode.Created);

        imported.GetProperty("imported").GetInt32().Should().Be(3);
        var bin = await (await client.GetAsync("/api/v1/locations/IMPCSV-A1-L3")).JsonAsync();
        bin.GetProperty("z").GetDecimal().Should().Be(3);
        bin.GetProperty("warehouse").GetString().Should().Be("IMPCSV");
    }

    [Fact]
    public async Task JsonImport_CreatesEveryBin()
    {
        using var client = api.ApiKeyClient();
        var warehouse = await WarehouseAsync(client, "IMPJSON");
        var json = """[{"code":"IMPJSON-1","aisle":"A","rack":"R","level":1,"x":0,"y":0,"z":0,"width":1,"depth":1,"height":1,"capacity":4}]""";

        var imported = await (await client.PostAsJsonAsync("/api/v1/locations/import",
            new { commandId = Guid.NewGuid(), warehouse, format = "json", content = json })).JsonAsync(HttpStatusCode.Created);

        imported.GetProperty("imported").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Import_WithBadRows_ReportsEveryRowAndImportsNothing()
    {
        using var client = api.ApiKeyClient();
        var warehouse = await WarehouseAsync(client, "IMPBAD");
        var existing = await api.NewBinAsync(client, warehouse);
        var csv = string.Join('\n',
            Header,
            "IMPBAD-1,A,R,1,0,0,0,1,1,1,2",          // line 2: fine on its own, but line 3 overlaps it
            "IMPBAD-2,A,R,1,0.5,0.5,0.5,1,1,1,2",    // line 3: overlaps line 2
            "IMPBAD-1,A,R,1,10,0,0,1,1,1,2",         // line 4: duplicate code
            "IMPBAD-4,A,R,1,ten,0,0,1,1,1,2",        // line 5: not a number
            $"{existing},A,R,1,20,0,0,1,1,1,2",      // line 6: code already exists
            "IMPBAD-6,A,R,1,30,0,0,0,1,1,0");        // line 7: zero width, zero capacity

        var response = await client.PostAsJsonAsync("/api/v1/locations/import", new { commandId = Guid.NewGuid(), warehouse, format = "csv", content = csv });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "layout.import_rejected");
        problem.GetProperty("title").GetString().Should().Be("The layout file has errors; nothing was imported");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("row 2", "row 3", "row 4", "row 5", "row 6", "row 7");
        errors.GetProperty("row 3")[0].GetString().Should().Be("overlaps row 2");
        errors.GetProperty("row 4")[0].GetString().Should().Contain("more than once");
        errors.GetProperty("row 5")[0].GetString().Should().Contain("x must be a number");
        errors.GetProperty("row 6")[0].GetString().Should().Contain("already exists");
        errors.GetProperty("row 7").GetArrayLength().Should().Be(2);
        var page = await (await client.GetAsync("/api/v1/locations?warehouse=IMPBAD")).JsonAsync();
        page.GetProperty("total").GetInt32().Should().Be(1, "only the bin that existed before");
    }

    [Fact]
    public async Task Import_WithWrongHeader_IsRejected()
    {
        using var client = api.ApiKeyClient();
        var warehouse = await WarehouseAsync(client, "IMPHDR");

        var response = await client.PostAsJsonAsync("/api/v1/locations/import",
            new { commandId = Guid.NewGuid(), warehouse, format = "csv", content = "name,x,y\nA,1,2" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "layout.import_rejected");
        problem.GetProperty("errors").GetProperty("row 1")[0].GetString().Should().StartWith("the header must be");
    }
}
