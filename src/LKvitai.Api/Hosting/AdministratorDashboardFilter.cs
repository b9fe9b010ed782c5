using Hangfire.Dashboard;
using LKvitai.Domain.Identity;

namespace LKvitai.Api.Hosting;

/// <summary>The Hangfire dashboard is for administrators only.</summary>
internal sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(Roles.Administrator);
}
