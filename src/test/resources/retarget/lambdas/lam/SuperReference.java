package lam;

import java.util.List;
import java.util.function.Supplier;

public class SuperReference {
    static class Base {
        String name() {
            return "base";
        }
    }

    static class Derived extends Base {
        @Override
        String name() {
            return "derived";
        }

        Supplier<String> parent() {
            return super::name;
        }

        Supplier<String> own() {
            return this::name;
        }
    }

    public static List<String> run() {
        Derived d = new Derived();
        return new Trace()
                .add("super::name", () -> d.parent().get())
                .add("this::name", () -> d.own().get())
                .lines();
    }
}
