using ConfBot.Slack.Views;

namespace ConfBot.Slack.WebApi;

/// <summary>Modals: each view is fitted to Slack's limits (<see cref="ModalLimits"/>) before it is sent.</summary>
internal sealed partial class SlackApiClient
{
    public Task<OpenedView> OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default) =>
        Shown("views.open", transport.CallAsync("views.open", Token, new ViewsOpenRequest(triggerId, ModalLimits.Fit(view)), Json.ViewsOpenRequest, Json.ViewResponse, cancellationToken));

    public Task<OpenedView> PushViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default) =>
        Shown("views.push", transport.CallAsync("views.push", Token, new ViewsOpenRequest(triggerId, ModalLimits.Fit(view)), Json.ViewsOpenRequest, Json.ViewResponse, cancellationToken));

    public Task<OpenedView> UpdateViewAsync(string viewId, ModalView view, string? hash = null, CancellationToken cancellationToken = default) =>
        Shown("views.update", transport.CallAsync("views.update", Token, new ViewsUpdateRequest(viewId, ModalLimits.Fit(view), hash), Json.ViewsUpdateRequest, Json.ViewResponse, cancellationToken));

    private static async Task<OpenedView> Shown(string method, Task<ViewResponse> call) =>
        (await call).View ?? throw new SlackApiException(method, "invalid_response");
}
