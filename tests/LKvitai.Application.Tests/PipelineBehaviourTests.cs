using FluentValidation;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Tests;

public sealed class PipelineBehaviourTests
{
    public sealed record ShelveBox(Guid CommandId, string BinCode, int Quantity) : IWmsCommand<string>
    {
        public static Access Access => Access.ForRoles(Roles.Operator);
    }

    private sealed class ShelveBoxValidator : AbstractValidator<ShelveBox>
    {
        public ShelveBoxValidator()
        {
            RuleFor(c => c.BinCode).NotEmpty().WithMessage("Scan a bin");
            RuleFor(c => c.Quantity).GreaterThan(0).WithMessage("Quantity must be above zero");
        }
    }

    private sealed class FakeUser(bool authenticated, params string[] roles) : ICurrentUser
    {
        public bool IsAuthenticated => authenticated;

        public Guid? Id => authenticated ? Guid.Empty : null;

        public string? Name => authenticated ? "tester" : null;

        public IReadOnlyList<string> Roles => roles;
    }

    private static ValueTask<Result<string>> Handler(ShelveBox message, CancellationToken ct) =>
        ValueTask.FromResult<Result<string>>($"shelved in {message.BinCode}");

    [Fact]
    public async Task Validation_WhenInvalid_ReturnsEveryFieldErrorWithCamelCaseNamesAndSkipsTheHandler()
    {
        var behaviour = new ValidationBehaviour<ShelveBox, Result<string>>([new ShelveBoxValidator()]);
        var called = false;

        var result = await behaviour.Handle(new ShelveBox(Guid.NewGuid(), "", 0), (m, ct) => { called = true; return Handler(m, ct); }, default);

        called.Should().BeFalse();
        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.FieldErrors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["binCode"] = ["Scan a bin"],
            ["quantity"] = ["Quantity must be above zero"],
        });
    }

    [Fact]
    public async Task Validation_OfEveryCommand_RequiresACommandId_EvenWithoutValidatorsOfItsOwn()
    {
        var behaviour = new ValidationBehaviour<ShelveBox, Result<string>>([]);

        var result = await behaviour.Handle(new ShelveBox(Guid.Empty, "A-01-01", 3), Handler, default);

        result.Error!.FieldErrors.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["commandId"] = ["A command id is required"] });
    }

    [Fact]
    public async Task Validation_WhenValid_CallsTheHandler()
    {
        var behaviour = new ValidationBehaviour<ShelveBox, Result<string>>([new ShelveBoxValidator()]);

        var result = await behaviour.Handle(new ShelveBox(Guid.NewGuid(), "A-01-01", 3), Handler, default);

        result.Value.Should().Be("shelved in A-01-01");
    }

    [Theory]
    [InlineData("Items[0].Quantity", "items[0].quantity")]
    [InlineData("BinCode", "binCode")]
    public void FieldName_FollowsTheJsonBody(string property, string field) =>
        ValidationBehaviour<ShelveBox, Result<string>>.FieldName(property).Should().Be(field);

    [Fact]
    public async Task Authorisation_WhenNotSignedIn_IsUnauthenticated_AndWhenRoleMissing_IsForbidden()
    {
        var anonymous = await new AuthorisationBehaviour<ShelveBox, Result<string>>(new FakeUser(false))
            .Handle(new ShelveBox(Guid.NewGuid(), "A", 1), Handler, default);
        var accountant = await new AuthorisationBehaviour<ShelveBox, Result<string>>(new FakeUser(true, Roles.Accountant))
            .Handle(new ShelveBox(Guid.NewGuid(), "A", 1), Handler, default);
        var operatorResult = await new AuthorisationBehaviour<ShelveBox, Result<string>>(new FakeUser(true, Roles.Operator))
            .Handle(new ShelveBox(Guid.NewGuid(), "A", 1), Handler, default);

        anonymous.Error!.Kind.Should().Be(ErrorKind.Unauthenticated);
        accountant.Error!.Kind.Should().Be(ErrorKind.Forbidden);
        accountant.Error.Code.Should().Be("auth.forbidden");
        operatorResult.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void PayloadHash_IsStableForEqualCommands_AndDiffersWhenAnyFieldDiffers()
    {
        var id = Guid.NewGuid();

        var a = IdempotencyBehaviour<ShelveBox, Result<string>>.PayloadHash(new ShelveBox(id, "A-01", 5));
        var b = IdempotencyBehaviour<ShelveBox, Result<string>>.PayloadHash(new ShelveBox(id, "A-01", 5));
        var c = IdempotencyBehaviour<ShelveBox, Result<string>>.PayloadHash(new ShelveBox(id, "A-01", 6));

        a.Should().Be(b).And.HaveLength(64);
        c.Should().NotBe(a);
    }

    [Fact]
    public void Result_FromStoredValue_IsMarkedAsReplay()
    {
        var replay = Result<string>.FromBoxedValue("first answer", replayed: true);

        replay.IsSuccess.Should().BeTrue();
        replay.IsReplay.Should().BeTrue();
        replay.Value.Should().Be("first answer");
    }
}
