using FluentValidation;
using LKvitai.Application.Common.Behaviours;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Application;

public static class DependencyInjection
{
    /// <summary>The pipeline's order, outermost first. Mediator itself is registered by the API (source generator).</summary>
    public static readonly Type[] PipelineBehaviours =
    [
        typeof(LoggingAndMetricsBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(AuthorisationBehaviour<,>),
        typeof(FeatureGateBehaviour<,>),
        typeof(IdempotencyBehaviour<,>),
        typeof(TransactionBehaviour<,>),
    ];

    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);
        services.AddScoped<IdempotencyScope>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
