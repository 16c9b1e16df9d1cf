package dev.cordial.it.app;

public class ProfileResource implements ProfileApi {
    @Override
    public String profile() {
        Invocations.hit("profile.get");
        return "profile";
    }
}
