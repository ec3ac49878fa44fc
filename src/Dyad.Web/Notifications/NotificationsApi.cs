using System.Security.Claims;
using Dyad.Core.Notifications;
using Dyad.Core.Workspaces;
using Dyad.Data.Notifications;
using Dyad.Web.Api;
using Dyad.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Notifications;

/// <summary>The signed-in user's own notifications.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequirePermission(Permission.Read);
        notifications.MapGet("/", async (ClaimsPrincipal user, NotificationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAsync(user.UserId()!.Value, ct)))
            .WithSummary("The latest notifications of the signed-in user, newest first, and how many are unread.");
        notifications.MapPut("/{id:guid}/read", MarkReadAsync).WithoutETag("Marking a notification read is the same whoever does it first.").WithSummary("Marks one of the signed-in user's notifications read.");

        var preferences = app.MapGroup("/api/v1/me/notification-preferences").WithTags("Notifications").RequirePermission(Permission.Read);
        preferences.MapGet("/", async (ClaimsPrincipal user, NotificationPreferencesService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(user.UserId()!.Value, ct)))
            .WithSummary("Which notifications the signed-in user has e-mailed: negative feedback on their keywords, and a daily, weekly or no digest.");
        preferences.MapPut("/", async (NotificationPreferencesDetails details, ClaimsPrincipal user, NotificationPreferencesService service,
                CancellationToken ct) => TypedResults.Ok(await service.UpdateAsync(user.UserId()!.Value, details, ct)))
            .WithSummary("Sets the signed-in user's notification e-mails; a field left out keeps its value.");
        return app;
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(Guid id, ClaimsPrincipal user, NotificationService service,
        CancellationToken ct) =>
        await service.MarkReadAsync(user.UserId()!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
