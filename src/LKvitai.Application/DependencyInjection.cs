using FluentValidation;
using LKvitai.Application.Common.Behaviours;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);
        services.AddScoped<IdempotencyScope>();
        services.AddScoped<HandlingUnits.HandlingUnitOperations>();
        services.AddScoped<HandlingUnits.HandlingUnitLabels>();
        services.AddScoped<Common.Sagas.SagaRunner>();
        services.AddScoped<Receiving.ReceiptSaga>();
        services.AddScoped<Common.Sagas.IResumableSaga>(sp => sp.GetRequiredService<Receiving.ReceiptSaga>());
        services.AddScoped<HandlingUnits.TransferSaga>();
        services.AddScoped<Common.Sagas.IResumableSaga>(sp => sp.GetRequiredService<HandlingUnits.TransferSaga>());
        services.AddScoped<Receiving.DeliveryDifferences>();
        services.AddScoped<Reservations.ReservationCommands>();
        services.AddScoped<Reservations.PickSaga>();
        services.AddScoped<Reservations.AllocationSaga>();
        services.AddScoped<Common.Sagas.IResumableSaga>(sp => sp.GetRequiredService<Reservations.AllocationSaga>());
        services.AddScoped<Common.Sagas.IResumableSaga>(sp => sp.GetRequiredService<Reservations.PickSaga>());
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
