using System.Diagnostics.CodeAnalysis;

namespace LKvitai.Domain.Common;

/// <summary>Lets pipeline behaviours turn an <see cref="Error"/> into any handler's response type.</summary>
public interface IResult<TSelf>
    where TSelf : IResult<TSelf>
{
    static abstract TSelf Failure(Error error);

    bool IsSuccess { get; }

    Error? Error { get; }

    /// <summary>The success value as an object (for storing the first result of an idempotent command).</summary>
    object? BoxedValue { get; }

    static abstract Type ValueType { get; }

    static abstract TSelf FromBoxedValue(object? value, bool replayed);

    /// <summary>True when the value is the stored first result of a repeated command.</summary>
    bool IsReplay { get; }
}

/// <summary>Success with a value, or an expected failure with an <see cref="Error"/>.</summary>
public readonly record struct Result<T> : IResult<Result<T>>
{
    private Result(T? value, Error? error, bool replayed)
    {
        Value = value;
        Error = error;
        IsReplay = replayed;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsReplay { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public object? BoxedValue => Value;

    public static Type ValueType => typeof(T);

    public static Result<T> Success(T value) => new(value, null, false);

    public static Result<T> Failure(Error error) => new(default, error, false);

    public static Result<T> FromBoxedValue(object? value, bool replayed) => new((T?)value, null, replayed);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}

/// <summary>The value of a command that answers with nothing but success.</summary>
public sealed record Acknowledged
{
    public static readonly Acknowledged Value = new();
}
