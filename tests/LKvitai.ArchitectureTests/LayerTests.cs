using System.Reflection;
using LKvitai.Application.Common.Messaging;
using Mediator;
using NetArchTest.Rules;

namespace LKvitai.ArchitectureTests;

/// <summary>Dependencies point inward: Api → Application ← Infrastructure; Domain depends on nothing.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(LKvitai.Domain.Common.Error).Assembly;
    private static readonly Assembly Application = typeof(LKvitai.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(LKvitai.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    private static void ShouldPass(TestResult result, string rule) =>
        result.IsSuccessful.Should().BeTrue($"{rule}; offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");

    [Fact]
    public void Domain_DependsOnNothingOfOurs_NorOnFrameworks() =>
        ShouldPass(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "LKvitai.Application", "LKvitai.Infrastructure", "LKvitai.Api",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Mediator", "FluentValidation").GetResult(),
            "the domain holds rules only, with no I/O");

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrApi() =>
        ShouldPass(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "LKvitai.Infrastructure", "LKvitai.Api", "Npgsql", "Microsoft.AspNetCore", "Hangfire", "Prometheus").GetResult(),
            "use cases talk to ports, never to adapters");

    [Fact]
    public void Features_NeverImportEachOther()
    {
        var features = Application.GetTypes()
            .Select(t => t.Namespace?.Split('.') is [_, "Application", var feature, ..] ? feature : null)
            .Where(f => f is not null and not "Common").Distinct().ToList();
        features.Should().Contain(["Ledger", "HandlingUnits", "Receiving"]);
        foreach (var feature in features)
        {
            ShouldPass(Types.InAssembly(Application).That().ResideInNamespace($"LKvitai.Application.{feature}")
                .ShouldNot().HaveDependencyOnAny(features.Where(f => f != feature).Select(f => $"LKvitai.Application.{f}").ToArray()).GetResult(),
                $"{feature} shares through Common and the Domain only");
        }
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi() =>
        ShouldPass(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("LKvitai.Api").GetResult(),
            "adapters do not know the HTTP layer");

    [Fact]
    public void Api_UsesInfrastructureOnlyForComposition()
    {
        // The endpoints send messages through the mediator; only composition (Program, hosting, health) may touch adapters.
        var result = Types.InAssembly(Api).That().ResideInNamespace("LKvitai.Api.Endpoints")
            .Or().ResideInNamespace("LKvitai.Api.Auth")
            .ShouldNot().HaveDependencyOn("LKvitai.Infrastructure").GetResult();
        ShouldPass(result, "endpoints and auth go through Application ports");
    }

    [Fact]
    public void Handlers_NeverCommit_TheTransactionBehaviourDoes()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
            .ToList();
        handlers.Should().NotBeEmpty();

        var result = Types.InAssembly(Application).That().HaveNameEndingWith("Handler")
            .ShouldNot().HaveDependencyOn("LKvitai.Application.Common.Interfaces.IUnitOfWork").GetResult();
        ShouldPass(result, "handlers must not open or commit transactions");
        handlers.Should().AllSatisfy(h => h.Name.Should().EndWith("Handler"));
    }

    [Fact]
    public void EveryCommand_CarriesACommandId_AndEveryMessageDeclaresWhoMaySendIt()
    {
        var messages = Application.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && t.GetInterfaces().Any(i => i == typeof(IMessage)))
            .ToList();
        messages.Should().NotBeEmpty();

        foreach (var message in messages)
        {
            message.GetInterfaces().Should().Contain(typeof(IHasAccess), $"{message.Name} must declare its Access");
            var isCommand = message.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));
            if (isCommand)
            {
                message.GetInterfaces().Should().Contain(typeof(ICommandWithId), $"{message.Name} must carry a command id");
                message.Name.Should().EndWith("Command");
            }
            else
            {
                message.Name.Should().EndWith("Query");
            }
        }
    }

    [Fact]
    public void UseCases_LiveInOneFolderEach_NamedAfterTheirMessage()
    {
        var messages = Application.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Contains(typeof(IHasAccess)))
            .ToList();

        foreach (var message in messages)
        {
            var useCase = message.Name.Replace("Command", string.Empty, StringComparison.Ordinal).Replace("Query", string.Empty, StringComparison.Ordinal);
            message.Namespace.Should().EndWith("." + useCase, $"{message.Name} belongs in its own use-case folder");
        }
    }

    /// <summary>
    /// SPEC P2: a pick books (1) the ledger movement, then waits for (2) the handling-unit projection, then (3) changes the
    /// reservation — the saga's declared order, which the runner follows step by step — and the pick use case itself
    /// cannot change a reservation: only the saga's last step can (the integration tests crash it between every step).
    /// </summary>
    [Fact]
    public void Picking_ConsumesTheReservationOnlyAfterTheMovementAndTheProjection()
    {
        LKvitai.Application.Reservations.PickSaga.Steps.Should().Equal("RecordPickMovement", "AwaitHandlingUnitProjection", "UpdateReservation");
        var handler = typeof(LKvitai.Application.Reservations.PickReservation.PickReservationCommandHandler);
        handler.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).Should()
            .NotContain([typeof(LKvitai.Application.Reservations.ReservationCommands), typeof(LKvitai.Application.Reservations.IReservationLedger)],
                "the pick use case hands every change to the saga");
        LKvitai.Application.Reservations.AllocationSaga.Steps.Should().Equal("ChooseStock", "BumpOverbooked");
    }
}
