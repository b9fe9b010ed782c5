using LKvitai.Application.Common.Persistence;
using LKvitai.Domain.Catalog;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Common.Interfaces;

/// <summary>The tables the application's use cases read and write. Handlers never call SaveChanges.</summary>
public interface IWmsDbContext
{
    DbSet<UserAccount> Users { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<FeatureFlag> FeatureFlags { get; }

    DbSet<FeatureFlagChange> FeatureFlagChanges { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Sku> Skus { get; }
}
